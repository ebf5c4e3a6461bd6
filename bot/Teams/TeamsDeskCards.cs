using HandoffBot.Agents;
using HandoffBot.Handoff;
using HandoffBot.Handoff.Rulebook;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace HandoffBot.Teams;

/// <summary>A case's card as it stands now: the case, its status with agents' names, and the rulebook's skills to transfer to.</summary>
public sealed class TeamsDeskCards(SqliteAgentDirectory agents, RulebookProvider rulebooks, IOptions<TeamsDeskOptions> options)
{
    public Attachment ForNew(HandoffCase handoff) => TeamsDeskCard.For(handoff, options.Value.ConsoleUrl, null, Skills());

    /// <summary>The card of <paramref name="entry"/>; <paramref name="status"/> overrides what the queue says (a card left behind by a transfer).</summary>
    public async Task<Attachment> ForAsync(QueuedCase entry, TeamsDeskStatus? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (status is null)
        {
            var names = (await agents.ListAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.DisplayName, StringComparer.Ordinal);
            status = TeamsDeskStatus.Of(entry, id => names.GetValueOrDefault(id, id));
        }

        return TeamsDeskCard.For(entry.Case, options.Value.ConsoleUrl, status, Skills());
    }

    private List<string> Skills() => [.. rulebooks.Current.Skills.Select(s => s.Name)];
}
