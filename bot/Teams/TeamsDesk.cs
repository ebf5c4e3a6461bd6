using HandoffBot.Agents;
using HandoffBot.Handoff.Rulebook;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Teams;

/// <summary>
/// What an agent does from the agents' Teams channel: the buttons on a case's card (Accept, View transcript, Transfer)
/// and what they write in the thread under it (words for the customer, or a <see cref="TeamsDeskCommand"/>). Everything
/// goes through the same <see cref="CaseDesk"/> as the console, so the two never disagree (one winner of an accept).
/// Only Teams users mapped to an agent account act: the account's <c>teamsUserId</c> (Entra object id), or its email as the Teams UPN.
/// </summary>
public sealed partial class TeamsDesk(
    SqliteAgentDirectory agents,
    SqliteAgentHub hub,
    CaseDesk desk,
    CaseViewReader views,
    RulebookProvider rulebooks,
    TeamsDeskCards cards,
    SqliteTeamsDeskThreads threads,
    ILogger<TeamsDesk> logger)
{
    public const string AcceptVerb = "accept";

    public const string TranscriptVerb = "transcript";

    public const string TransferVerb = "transfer";

    public const string HandoffKey = "handoffId";

    public const string SkillKey = "skill";

    public const string NoteKey = "note";

    /// <summary>The surface of the desk in <see cref="ConsoleMessage.Via"/>.</summary>
    public const string ViaTeams = "teams";

    private const int TranscriptLines = 40;

    private const string NotYourSkill = "This case is for a skill you do not have; a supervisor can transfer it to you.";

    private const string NotAnAgent = "Your Teams account is not an agent here: an agent account needs your Microsoft Entra object id (teamsUserId) or your Teams sign-in (UPN) as its email.";

    /// <summary>The invoke response body for a pressed desk button (a card, a short message, or an error naming the problem).</summary>
    public async Task<JObject> HandleAsync(ITurnContext turnContext, string verb, JObject? data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (verb is not (AcceptVerb or TranscriptVerb or TransferVerb) || TeamsInvoke.Text(data, HandoffKey) is not { Length: > 0 } handoffId)
        {
            return TeamsInvoke.Error(400, "BadRequest", $"A desk action needs the verb \"{AcceptVerb}\", \"{TranscriptVerb}\" or \"{TransferVerb}\", and data.{HandoffKey}.");
        }

        if (await AgentOfAsync(turnContext, cancellationToken) is not { } agent)
        {
            return TeamsInvoke.Error(403, "Forbidden", NotAnAgent);
        }

        switch (verb)
        {
            case TranscriptVerb:
                return await PostTranscriptAsync(turnContext, handoffId, cancellationToken)
                    ? TeamsInvoke.Message("The conversation so far is in the thread.")
                    : TeamsInvoke.Error(404, "NotFound", $"Handoff {handoffId} does not exist.");
            case TransferVerb:
                var skill = TeamsInvoke.Text(data, SkillKey);
                if (skill is null || rulebooks.Current.FindSkill(skill) is null)
                {
                    return TeamsInvoke.Error(400, "BadRequest", $"Choose the queue to transfer to: {SkillList()}.");
                }

                var moved = await desk.TransferAsync(agent, handoffId, skill, null, TeamsInvoke.Text(data, NoteKey)?.Trim(), ViaTeams, cancellationToken);
                if (moved is DeskOutcome.NotFound or DeskOutcome.NotHolder)
                {
                    return Refusal(moved, handoffId);
                }

                break;
            default:
                var accepted = await desk.AcceptAsync(agent, handoffId, cancellationToken);
                if (accepted is DeskOutcome.NotFound or DeskOutcome.NotEligible)
                {
                    return Refusal(accepted, handoffId);
                }

                break;
        }

        // The card as it is now: "Taken by <name>" for whoever won the accept. The mirror updates it for the channel.
        return await hub.GetAsync(handoffId, cancellationToken) is { } entry
            ? TeamsInvoke.Card((JObject)(await cards.ForAsync(entry, null, cancellationToken)).Content)
            : Refusal(DeskOutcome.NotFound, handoffId);
    }

    /// <summary>A message in the agents' channel: in a case's thread, a reply to the customer or a command; elsewhere, help when asked.</summary>
    public async Task OnMessageAsync(ITurnContext turnContext, bool mentioned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var command = TeamsDeskCommand.Parse(turnContext.Activity.Text);
        var thread = turnContext.Activity.Conversation?.Id is { } threadId ? await threads.FindAsync(threadId, cancellationToken) : null;
        if (thread is null)
        {
            if (mentioned || command.IsCommand)
            {
                await SayAsync(turnContext, "Cases are worked in the thread under each case's card. " + TeamsDeskCommand.Help, cancellationToken);
            }

            return;
        }

        var agent = await AgentOfAsync(turnContext, cancellationToken);
        if (agent is null)
        {
            if (mentioned || command.IsCommand)
            {
                await SayAsync(turnContext, NotAnAgent, cancellationToken);
            }

            return;
        }

        var handoffId = thread.HandoffId;
        DeskOutcome? outcome = command.Verb switch
        {
            TeamsDeskCommand.Say when command.Rest.Length > 0 => (DeskOutcome?)await SayToCustomerAsync(agent, handoffId, command.Rest, mentioned, cancellationToken),
            AcceptVerb => await desk.AcceptAsync(agent, handoffId, cancellationToken),
            "note" when command.Rest.Length > 0 => await desk.NoteAsync(agent, handoffId, command.Rest, ViaTeams, cancellationToken),
            TransferVerb when command.Argument.Length > 0 => await TransferAsync(turnContext, agent, handoffId, command, cancellationToken),
            "resolve" => await desk.ResolveAsync(agent, handoffId, command.Rest.Length > 0 ? command.Rest : "resolved", cancellationToken),
            TranscriptVerb => await PostTranscriptAsync(turnContext, handoffId, cancellationToken) ? DeskOutcome.Done : DeskOutcome.NotFound,
            TeamsDeskCommand.Say => DeskOutcome.Done,
            _ => null,
        };
        if (outcome is null)
        {
            await SayAsync(turnContext, TeamsDeskCommand.Help, cancellationToken);
        }
        else if (Explain(outcome.Value, command, handoffId) is { } explanation)
        {
            await SayAsync(turnContext, explanation, cancellationToken);
        }
    }

    private async Task<DeskOutcome> SayToCustomerAsync(AgentAccount agent, string handoffId, string text, bool mentioned, CancellationToken cancellationToken)
    {
        if (await hub.GetAsync(handoffId, cancellationToken) is not { } entry)
        {
            return DeskOutcome.NotFound;
        }

        // Colleagues talk in the thread too: only the holder's words go to the customer, and only a would-be holder
        // (the case is waiting, or they addressed the bot) is told why theirs did not.
        var holds = entry.IsOpen && entry.Assignment == QueuedCase.Accepted && entry.AgentId == agent.Id;
        if (!holds)
        {
            var unheard = mentioned || !entry.IsOpen && entry.AgentId == agent.Id || entry.IsOpen && entry.Assignment != QueuedCase.Accepted;
            return unheard ? (entry.IsOpen ? DeskOutcome.NotHolder : DeskOutcome.NotFound) : DeskOutcome.Done;
        }

        var (outcome, _) = await desk.SendAsync(agent, handoffId, text, ViaTeams, cancellationToken);
        return outcome;
    }

    private async Task<DeskOutcome> TransferAsync(ITurnContext turnContext, AgentAccount agent, string handoffId, TeamsDeskCommand command, CancellationToken cancellationToken)
    {
        var target = command.Argument;
        var note = command.Rest.Length > 0 ? command.Rest : null;
        if (rulebooks.Current.FindSkill(target) is { } skill)
        {
            return await desk.TransferAsync(agent, handoffId, skill.Name, null, note, ViaTeams, cancellationToken);
        }

        var to = (await agents.ListAsync(cancellationToken)).FirstOrDefault(a =>
            string.Equals(a.Id, target, StringComparison.OrdinalIgnoreCase) || string.Equals(a.Email, target, StringComparison.OrdinalIgnoreCase));
        if (to is null || await hub.GetAsync(handoffId, cancellationToken) is not { } entry)
        {
            await SayAsync(turnContext, $"'{target}' is neither a queue ({SkillList()}) nor an agent's id or email.", cancellationToken);
            return DeskOutcome.Done;
        }

        return await desk.TransferAsync(agent, handoffId, entry.Case.Skill, to, note, ViaTeams, cancellationToken);
    }

    // The conversation so far (masked, as stored), posted in the case's thread for everyone working it.
    private async Task<bool> PostTranscriptAsync(ITurnContext turnContext, string handoffId, CancellationToken cancellationToken)
    {
        if (await views.ReadAsync(handoffId, cancellationToken) is not { } view)
        {
            return false;
        }

        var lines = view.Transcript.Select(l => $"**{AgentRelay.AsText(l.Role == "bot" ? "Bot" : l.Name ?? "Customer")}:** {AgentRelay.AsText(l.Text ?? string.Empty)}").ToList();
        var shown = lines.Count > TranscriptLines ? [$"… {lines.Count - TranscriptLines} earlier lines in the console", .. lines[^TranscriptLines..]] : lines;
        await SayAsync(turnContext, "**The conversation so far**\n\n" + string.Join("\n\n", shown), cancellationToken);
        return true;
    }

    private static string? Explain(DeskOutcome outcome, TeamsDeskCommand command, string handoffId) => outcome switch
    {
        DeskOutcome.NotFound => $"Handoff {handoffId} is closed; nothing was sent to the customer.",
        DeskOutcome.NotHolder when command.Verb == TeamsDeskCommand.Say => "Not sent to the customer: you do not hold this case. Press Accept on the card or write /accept first.",
        DeskOutcome.NotHolder => "Only the agent holding this case can do that. Press Accept on the card or write /accept first.",
        DeskOutcome.Taken => "Someone else took this case first: the card says who.",
        DeskOutcome.NotEligible => NotYourSkill,
        DeskOutcome.ChannelFailed => "Done on the case, but the customer's channel could not be reached; the console shows the case.",
        DeskOutcome.Done when command.Verb == "resolve" => $"Resolved ({(command.Rest.Length > 0 ? command.Rest : "resolved")}): the customer is back with the bot.",
        _ => null,
    };

    private static JObject Refusal(DeskOutcome outcome, string handoffId) => outcome switch
    {
        DeskOutcome.NotHolder => TeamsInvoke.Error(409, "Conflict", $"You do not hold handoff {handoffId}: accept it first."),
        DeskOutcome.NotEligible => TeamsInvoke.Error(403, "Forbidden", NotYourSkill),
        _ => TeamsInvoke.Error(404, "NotFound", $"Handoff {handoffId} is no longer open."),
    };

    private string SkillList() => string.Join(", ", rulebooks.Current.Skills.Select(s => s.Name));

    private async Task<AgentAccount?> AgentOfAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var from = turnContext.Activity.From;
        var identities = new[] { from?.Properties["userPrincipalName"]?.ToString(), from?.Properties["email"]?.ToString() }
            .Where(i => !string.IsNullOrWhiteSpace(i))
            .ToList();
        var all = await agents.ListAsync(cancellationToken);
        var agent = all.FirstOrDefault(a => a.TeamsUserId is { Length: > 0 } id && string.Equals(id, from?.AadObjectId, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(a => a.Email is { Length: > 0 } email && identities.Contains(email, StringComparer.OrdinalIgnoreCase));
        if (agent is null)
        {
            LogUnmapped(logger, from?.AadObjectId);
        }

        return agent;
    }

    private static Task SayAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Teams user not mapped to an agent ({AadObjectId}) acted on the agent desk")]
    private static partial void LogUnmapped(ILogger logger, string? aadObjectId);
}
