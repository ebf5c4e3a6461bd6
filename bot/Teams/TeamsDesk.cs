using HandoffBot.Agents;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Teams;

/// <summary>
/// What an agent does from a case's card in the agents' Teams channel. Accept goes through the same
/// <see cref="CaseDesk"/> as the console, so exactly one of them wins; the card then says who took the case, for
/// everyone. Only Teams users mapped to an agent account act: the Teams UPN or email is the account's email.
/// </summary>
public sealed partial class TeamsDesk(
    SqliteAgentDirectory agents, SqliteAgentHub hub, CaseDesk desk, IOptions<TeamsDeskOptions> options, ILogger<TeamsDesk> logger)
{
    public const string AcceptVerb = "accept";

    public const string HandoffKey = "handoffId";

    /// <summary>The invoke response body for a pressed desk button (a replacement card, or an error naming the problem).</summary>
    public async Task<JObject> HandleAsync(ITurnContext turnContext, string verb, JObject? data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (verb != AcceptVerb || (string?)data?[HandoffKey] is not { Length: > 0 } handoffId)
        {
            return TeamsInvoke.Error(400, "BadRequest", $"A desk action needs the verb \"{AcceptVerb}\" and data.{HandoffKey}.");
        }

        var from = turnContext.Activity.From;
        var identities = new[] { from?.Properties["userPrincipalName"]?.ToString(), from?.Properties["email"]?.ToString() }
            .Where(i => !string.IsNullOrWhiteSpace(i))
            .ToList();
        var agent = (await agents.ListAsync(cancellationToken))
            .FirstOrDefault(a => a.Email is { Length: > 0 } email && identities.Contains(email, StringComparer.OrdinalIgnoreCase));
        if (agent is null)
        {
            LogUnmapped(logger, from?.AadObjectId);
            return TeamsInvoke.Error(403, "Forbidden", "Your Teams account is not an agent here: an agent account's email must be your Teams sign-in (UPN).");
        }

        var outcome = await desk.AcceptAsync(agent, handoffId, cancellationToken);
        if (outcome == DeskOutcome.NotFound || await hub.GetAsync(handoffId, cancellationToken) is not { } entry)
        {
            return TeamsInvoke.Error(404, "NotFound", $"Handoff {handoffId} is no longer open.");
        }

        var holder = entry.AgentId == agent.Id ? agent : entry.AgentId is { } id ? await agents.FindAsync(id, cancellationToken) : null;
        var card = (JObject)TeamsDeskCard.For(entry.Case, options.Value.ConsoleUrl, holder?.DisplayName ?? "another agent").Content;

        // Everyone in the channel sees who took it, not only the agent who pressed.
        await TeamsInvoke.ReplaceCardAsync(turnContext, card, cancellationToken);
        return TeamsInvoke.Card(card);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Teams user not mapped to an agent ({AadObjectId}) pressed a desk button")]
    private static partial void LogUnmapped(ILogger logger, string? aadObjectId);
}
