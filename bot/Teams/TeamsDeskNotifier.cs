using HandoffBot.Agents;
using HandoffBot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace HandoffBot.Teams;

/// <summary>
/// Posts each new handoff to its skill's channel in the agents' team, as a new post (the card) that the case's thread
/// grows under; an urgent one @mentions the skill's agents.
/// </summary>
public sealed partial class TeamsDeskNotifier(
    TeamsDeskChannel channel, TeamsDeskCards cards, SqliteAgentHub hub, IOptions<TeamsDeskOptions> options, TimeProvider timeProvider, ILogger<TeamsDeskNotifier> logger) : IHandoffNotifier
{
    public async Task NotifyOpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var desk = options.Value;
        if (!desk.Enabled || desk.ChannelFor(handoff.Skill) is not { } skillChannel)
        {
            return;
        }

        if (await hub.GetAsync(handoff.HandoffId, cancellationToken) is not { IsOpen: true } entry)
        {
            return;
        }

        var posted = await cards.StatusAsync(entry, cancellationToken);
        var thread = await channel.PostAsync(handoff, skillChannel, (Activity)MessageFactory.Attachment(await cards.ForNewAsync(entry, posted, urgent, cancellationToken)), cancellationToken);

        // The case may have moved on (offered, taken) while the card was on its way, before the mirror knew its thread.
        if (await hub.GetAsync(handoff.HandoffId, cancellationToken) is { } now && await cards.StatusAsync(now, cancellationToken) != posted)
        {
            await channel.UpdateCardAsync(thread, await cards.ForAsync(now, null, cancellationToken), cancellationToken);
        }

        // From the customer's decision to the card in the channel: what an agent living in Teams waits for.
        LogPosted(logger, handoff.HandoffId, skillChannel, thread.ThreadId, (timeProvider.GetUtcNow() - handoff.CreatedUtc).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff {HandoffId} posted to Teams channel {Channel} (thread {ThreadId}) {LatencyMs:0} ms after the decision")]
    private static partial void LogPosted(ILogger logger, string handoffId, string channel, string threadId, double latencyMs);
}
