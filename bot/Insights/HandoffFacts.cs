namespace HandoffBot.Insights;

/// <summary>
/// One handoff and what became of it, read from its stored moments and its case (<see cref="HandoffFactsReader"/>):
/// the one place every handoff metric starts from.
/// </summary>
public sealed record HandoffFacts(
    string HandoffId,
    DateTimeOffset CreatedUtc,
    double? SecondsToAccept,
    double? SecondsToFirstReply,
    IReadOnlyList<int> Ratings,
    string Trigger,
    string Skill,
    string Reason,
    bool Waiting,
    bool FollowUp,
    bool Abandoned,
    bool Resolved,
    bool Transferred,
    int OffersExpired);
