using HandoffBot.Insights;
using HandoffBot.Integrations;

namespace HandoffBot.Agents;

/// <summary>
/// What an agent does with a case, whatever the surface (REST API, console): accept, reply, transfer, resolve. The case
/// store decides who wins; the relay tells the customer; the event log measures; consoles hear about it live.
/// </summary>
public sealed partial class CaseDesk(
    SqliteAgentHub hub,
    HandoffEventLog events,
    AgentRelay relay,
    AgentConsole console,
    AssignmentTrigger assignment,
    HandoffInstruments instruments,
    IntegrationEvents integrations,
    TimeProvider timeProvider,
    ILogger<CaseDesk> logger)
{
    /// <summary>The surface of the agent console and its REST API (see <see cref="ConsoleMessage.Via"/>).</summary>
    public const string ViaConsole = "console";

    public async Task<DeskOutcome> AcceptAsync(AgentAccount agent, string handoffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await hub.GetAsync(handoffId, cancellationToken) is not { IsOpen: true } entry)
        {
            return DeskOutcome.NotFound;
        }

        if (!agent.MaySee(entry.Case.Skill, entry.AgentId, entry.OfferedTo))
        {
            return DeskOutcome.NotEligible;
        }

        if (!await hub.TryAcceptAsync(handoffId, agent.Id, cancellationToken))
        {
            return DeskOutcome.Taken;
        }

        LogAccepted(logger, handoffId, agent.Id);
        instruments.Accepted(entry.Case.Skill, timeProvider.GetUtcNow() - entry.Case.CreatedUtc);
        await events.RecordAsync(handoffId, HandoffEventKind.Accepted, agent.Id, null, cancellationToken);
        await console.QueueChangedAsync("accepted", handoffId, cancellationToken);
        assignment.Nudge();
        return await ToCustomerAsync(handoffId, async () =>
        {
            await relay.SendStatusAsync(entry.Case, "accepted", null, cancellationToken);
            await relay.SayAsync(entry.Case, AgentMessages.Joined(agent.DisplayName), null, cancellationToken);
        });
    }

    public async Task<(DeskOutcome Outcome, CaseMessage? Message)> SendAsync(AgentAccount agent, string handoffId, string text, string via, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var (outcome, entry) = await HeldAsync(agent, handoffId, cancellationToken);
        if (entry is null)
        {
            return (outcome, null);
        }

        // Stored first: whatever the channel does, the agent's words are on the case.
        var message = await hub.AppendAgentMessageAsync(handoffId, CaseMessage.Agent, agent.Id, text, cancellationToken);
        await events.RecordOnceAsync(handoffId, HandoffEventKind.FirstAgentMessage, agent.Id, cancellationToken);
        await console.MessageAsync(new ConsoleMessage(handoffId, message.Seq, message.Sender, agent.Id, text, message.CreatedUtc, agent.DisplayName, via), cancellationToken);
        await integrations.AgentMessageAsync(entry.Case, message.Seq, agent.DisplayName, text, cancellationToken);
        return (await ToCustomerAsync(handoffId, () => relay.SayAsync(entry.Case, text, agent.DisplayName, cancellationToken)), message);
    }

    /// <summary>A private note on an open case, for agents only: any agent may add one, the customer never sees it.</summary>
    public async Task<DeskOutcome> NoteAsync(AgentAccount agent, string handoffId, string note, string via, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await hub.GetAsync(handoffId, cancellationToken) is not { IsOpen: true })
        {
            return DeskOutcome.NotFound;
        }

        await AddNoteAsync(agent, handoffId, note, via, cancellationToken);
        return DeskOutcome.Done;
    }

    public async Task<DeskOutcome> TransferAsync(AgentAccount agent, string handoffId, string skill, AgentAccount? to, string? note, string via, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var (outcome, entry) = await HeldAsync(agent, handoffId, cancellationToken);
        if (entry is null)
        {
            return outcome;
        }

        if (!await hub.TransferAsync(entry, agent.Id, skill, to?.Id, cancellationToken))
        {
            return DeskOutcome.NotHolder;
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            await AddNoteAsync(agent, handoffId, note, via, cancellationToken);
        }

        await events.RecordAsync(handoffId, HandoffEventKind.Transferred, agent.Id, new { fromSkill = entry.Case.Skill, toSkill = skill, toAgent = to?.Id, note }, cancellationToken);
        await console.QueueChangedAsync("transferred", handoffId, cancellationToken);
        if (to is not null)
        {
            await events.RecordAsync(handoffId, HandoffEventKind.Offered, to.Id, null, cancellationToken);
        }

        assignment.Nudge();
        return await ToCustomerAsync(handoffId, () => relay.SayAsync(entry.Case, to is null ? AgentMessages.TransferredToTeam(skill) : AgentMessages.TransferredToAgent(to.DisplayName), null, cancellationToken));
    }

    public async Task<DeskOutcome> ResolveAsync(AgentAccount agent, string handoffId, string disposition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var (outcome, entry) = await HeldAsync(agent, handoffId, cancellationToken);
        if (entry is null)
        {
            return outcome;
        }

        await events.RecordAsync(handoffId, HandoffEventKind.Resolved, agent.Id, new { disposition }, cancellationToken);
        await integrations.ResolvedAsync(entry.Case, agent.DisplayName, disposition, cancellationToken);
        var told = await ToCustomerAsync(handoffId, () => relay.SendStatusAsync(entry.Case, "completed", null, cancellationToken));

        // The handoff middleware closes the case when it hears "completed"; closing here too covers a channel that is gone.
        await hub.CloseAsync(handoffId, "completed", cancellationToken);
        return told;
    }

    private async Task AddNoteAsync(AgentAccount agent, string handoffId, string note, string via, CancellationToken cancellationToken)
    {
        var stored = await hub.AppendAgentMessageAsync(handoffId, CaseMessage.Note, agent.Id, note, cancellationToken);
        await console.MessageAsync(new ConsoleMessage(handoffId, stored.Seq, stored.Sender, agent.Id, note, stored.CreatedUtc, agent.DisplayName, via), cancellationToken);
    }

    private async Task<(DeskOutcome Outcome, QueuedCase? Entry)> HeldAsync(AgentAccount agent, string handoffId, CancellationToken cancellationToken)
    {
        if (await hub.GetAsync(handoffId, cancellationToken) is not { IsOpen: true } entry)
        {
            return (DeskOutcome.NotFound, null);
        }

        return entry.Assignment == QueuedCase.Accepted && entry.AgentId == agent.Id ? (DeskOutcome.Done, entry) : (DeskOutcome.NotHolder, null);
    }

    private async Task<DeskOutcome> ToCustomerAsync(string handoffId, Func<Task> send)
    {
        try
        {
            await send();
            return DeskOutcome.Done;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogChannelFailed(logger, ex, handoffId);
            return DeskOutcome.ChannelFailed;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff {HandoffId} accepted by {AgentId}")]
    private static partial void LogAccepted(ILogger logger, string handoffId, string agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The customer's channel could not be reached for handoff {HandoffId}")]
    private static partial void LogChannelFailed(ILogger logger, Exception exception, string handoffId);
}
