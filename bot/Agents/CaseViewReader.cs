using System.Text.Json.Nodes;
using HandoffBot.Handoff.Rulebook;
using HandoffBot.Integrations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Agents;

/// <summary>Builds <see cref="CaseView"/>s and queue rows from the case store, the stored transcript and the live queue.</summary>
public sealed class CaseViewReader(
    SqliteAgentHub hub, SqliteAgentDirectory agents, ITranscriptStore transcripts, SqliteIntegrationTickets tickets, RulebookProvider rulebooks, TimeProvider timeProvider)
{
    /// <summary>Open cases, in the order they will be served (accepted ones last, oldest first).</summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var aging = rulebooks.Current.Priority.AgingPerMinute;
        var open = await hub.ListOpenAsync(cancellationToken);
        var waiting = QueueOrder.Order(open.Where(c => c.Assignment != QueuedCase.Accepted), now, aging, rulebooks.Current.Priority.ImmediateHandoffAt);
        var taken = open.Where(c => c.Assignment == QueuedCase.Accepted).OrderBy(c => c.Case.CreatedUtc);
        return [.. waiting.Concat(taken).Select(c => QueueItem.From(c, now, aging))];
    }

    public async Task<CaseView?> ReadAsync(string handoffId, CancellationToken cancellationToken)
    {
        if (await hub.GetAsync(handoffId, cancellationToken) is not { } entry)
        {
            return null;
        }

        var handoff = entry.Case;
        var transcript = await TranscriptAsync(transcripts, handoff, cancellationToken);

        return new CaseView(
            QueueItem.From(entry, timeProvider.GetUtcNow(), rulebooks.Current.Priority.AgingPerMinute),
            entry.Status,
            handoff.Customer is null ? null : JsonNode.Parse(handoff.Customer.ToString(Newtonsoft.Json.Formatting.None)),
            [.. handoff.Triggers.Select(t => new TriggerView(t.Name, t.Kind.ToString(), t.Evidence, t.Score, t.Skill))],
            [.. handoff.Tried.Select(t => new AttemptView(t.Tried, t.Topic, t.Outcome?.ToString(), t.Turn))],
            handoff.Page is null || handoff.Page.Type == Newtonsoft.Json.Linq.JTokenType.Null ? null : JsonNode.Parse(handoff.Page.ToString(Newtonsoft.Json.Formatting.None)),
            handoff.Summary,
            [.. handoff.Entities.Select(e => new EntityView(e.Type, e.Text, e.Value))],
            transcript,
            await MessagesAsync(handoffId, cancellationToken),
            await tickets.ListAsync(handoffId, cancellationToken));
    }

    /// <summary>The conversation with the bot before the handoff, as stored (personal data already masked).</summary>
    public static async Task<IReadOnlyList<TranscriptLine>> TranscriptAsync(ITranscriptStore transcripts, Handoff.HandoffCase handoff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transcripts);
        ArgumentNullException.ThrowIfNull(handoff);
        var transcript = new List<TranscriptLine>();
        string? token = null;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await transcripts.GetTranscriptActivitiesAsync(handoff.Conversation.ChannelId, handoff.Conversation.Conversation.Id, token);
            transcript.AddRange(page.Items.Where(a => a.Type == ActivityTypes.Message).Select(a => new TranscriptLine(
                a.From?.Role == RoleTypes.Bot ? "bot" : "customer", a.From?.Name, ListedAttachments.TextOf(a.AsMessageActivity()), a.Timestamp)));
            token = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(token));
        return transcript;
    }

    /// <summary>The case's messages and notes, each agent's by their display name (as the customer saw it).</summary>
    private async Task<IReadOnlyList<CaseMessage>> MessagesAsync(string handoffId, CancellationToken cancellationToken)
    {
        var names = (await agents.ListAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.DisplayName, StringComparer.Ordinal);
        return [.. (await hub.GetMessagesAsync(handoffId, cancellationToken))
            .Select(m => m.AgentId is { } id && names.TryGetValue(id, out var name) ? m with { AgentName = name } : m)];
    }
}
