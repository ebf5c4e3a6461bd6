namespace HandoffBot.Csat;

/// <summary>A customer's rating of a handoff, 1 (poor) to 5 (excellent), with what else they wrote.</summary>
public sealed record CsatRating(string HandoffId, string ChannelId, string ConversationId, int Rating, string? Comment, DateTimeOffset RecordedUtc);
