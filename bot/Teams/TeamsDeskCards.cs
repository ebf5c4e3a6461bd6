using HandoffBot.Agents;
using HandoffBot.Handoff.Rulebook;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace HandoffBot.Teams;

/// <summary>A case's card as it stands now: the case, its status with agents' names, and the rulebook's skills to transfer to.</summary>
public sealed class TeamsDeskCards(SqliteAgentDirectory agents, RulebookProvider rulebooks, IOptions<TeamsDeskOptions> options)
{
    /// <summary>
    /// A new case's card; an urgent one @mentions the skill's agents on shift (signed in to the console, available or
    /// away), or every agent of the skill known to Teams when none is (agents who live in Teams never sign in).
    /// </summary>
    public async Task<Attachment> ForNewAsync(QueuedCase entry, TeamsDeskStatus status, bool urgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var handoff = entry.Case;
        List<(string Id, string Name)>? mentions = null;
        if (urgent)
        {
            var skilled = (await agents.ListAsync(cancellationToken))
                .Where(a => a.HasSkill(handoff.Skill) && (a.TeamsUserId ?? a.Email) is { Length: > 0 })
                .ToList();
            var onShift = skilled.Where(a => a.Presence != AgentPresence.Offline).ToList();
            mentions = [.. (onShift.Count > 0 ? onShift : skilled).Select(a => (a.TeamsUserId ?? a.Email!, a.DisplayName))];
        }

        return TeamsDeskCard.For(handoff, options.Value.ConsoleUrl, status, Skills(), mentions);
    }

    /// <summary>The card of <paramref name="entry"/>; <paramref name="status"/> overrides what the queue says (a card left behind by a transfer).</summary>
    public async Task<Attachment> ForAsync(QueuedCase entry, TeamsDeskStatus? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return TeamsDeskCard.For(entry.Case, options.Value.ConsoleUrl, status ?? await StatusAsync(entry, cancellationToken), Skills());
    }

    public async Task<TeamsDeskStatus> StatusAsync(QueuedCase entry, CancellationToken cancellationToken)
    {
        var names = (await agents.ListAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.DisplayName, StringComparer.Ordinal);
        return TeamsDeskStatus.Of(entry, id => names.GetValueOrDefault(id, id));
    }

    private List<string> Skills() => [.. rulebooks.Current.Skills.Select(s => s.Name)];
}
