namespace HandoffBot.Adapters.DirectLine;

/// <summary>A conversation on the Direct Line endpoint: created by a token or a start, started once.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="UserId">The customer's id when it is baked into the conversation's tokens (<c>dl_...</c>), else null.</param>
/// <param name="CreatedUtc">When the conversation was created.</param>
/// <param name="Started">Whether <c>POST /conversations</c> has started it (the bot has been told it joined).</param>
public sealed record DirectLineConversation(string Id, string? UserId, DateTimeOffset CreatedUtc, bool Started);
