namespace HandoffBot.Dialogs.FollowUp;

/// <summary>A follow-up the customer asked for: how to reach them and, for a callback, when.</summary>
public sealed record FollowUpRequest(string HandoffId, FollowUpMethod Method, string? Email, string? Phone, DateTimeOffset? CallbackAt);
