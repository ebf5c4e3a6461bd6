namespace HandoffBot.FollowUps;

/// <summary>A customer waiting for a person, and when they last wrote.</summary>
public sealed record WaitingCustomer(string HandoffId, string ChannelId, string ConversationId, DateTimeOffset LastSeenUtc);
