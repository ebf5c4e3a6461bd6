namespace HandoffBot.Csat;

/// <summary>
/// A customer's rating, 1 (poor) to 5 (excellent), with what else they wrote: of a handoff, or of the bot's help in a
/// conversation no person joined (<see cref="AiOnly"/> as the handoff id).
/// </summary>
public sealed record CsatRating(string HandoffId, string ChannelId, string ConversationId, int Rating, string? Comment, DateTimeOffset RecordedUtc)
{
    /// <summary>The handoff id of a rating of the bot alone.</summary>
    public const string AiOnly = "";

    public bool IsAiOnly => HandoffId.Length == 0;
}
