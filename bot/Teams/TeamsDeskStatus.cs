using HandoffBot.Agents;
using HandoffBot.Handoff;

namespace HandoffBot.Teams;

/// <summary>Where a case stands, as its card in the agents' channel says it, and whether it can still be accepted there.</summary>
public sealed record TeamsDeskStatus(string Text, string Color, bool CanAccept, bool IsOpen)
{
    public static TeamsDeskStatus Waiting { get; } = new("Waiting for an agent", "Attention", CanAccept: true, IsOpen: true);

    /// <summary>The status of <paramref name="entry"/>; <paramref name="nameOf"/> gives an agent's display name.</summary>
    public static TeamsDeskStatus Of(QueuedCase entry, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(nameOf);
        if (!entry.IsOpen)
        {
            var by = entry.AgentId is { } agent ? $" by **{nameOf(agent)}**" : string.Empty;
            return entry.Status switch
            {
                HandoffEnded.Completed => new($"Resolved{by}", "Good", false, false),
                HandoffEnded.Withdrawn => new("The customer withdrew the request", "Default", false, false),
                var other => new($"Closed ({other}){by}", "Default", false, false),
            };
        }

        // An offer that timed out re-offers the case: the card says who let it pass, so the channel sees it is stuck.
        var passed = entry.Passed.Count > 0 ? $" (not taken in time by {string.Join(", ", entry.Passed.Select(nameOf))})" : string.Empty;
        return entry.Assignment switch
        {
            QueuedCase.Accepted when entry.AgentId is { } agent => new($"Taken by **{nameOf(agent)}**", "Good", false, true),
            QueuedCase.Offered when entry.OfferedTo is { } agent => new($"Offered to **{nameOf(agent)}**, waiting for them to accept{passed}", "Warning", true, true),
            _ when passed.Length > 0 => new($"Waiting for an agent{passed}", "Warning", true, true),
            _ => Waiting,
        };
    }
}
