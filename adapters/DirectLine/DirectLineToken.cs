namespace HandoffBot.Adapters.DirectLine;

/// <summary>A conversation token and what it grants.</summary>
/// <param name="Value">The token string clients send as <c>Authorization: Bearer</c>.</param>
/// <param name="ConversationId">The one conversation it reads and writes.</param>
/// <param name="UserId">The user id baked into it, or null.</param>
/// <param name="ExpiresUtc">When it stops being accepted.</param>
public sealed record DirectLineToken(string Value, string ConversationId, string? UserId, DateTimeOffset ExpiresUtc);
