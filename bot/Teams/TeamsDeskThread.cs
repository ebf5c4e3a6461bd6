namespace HandoffBot.Teams;

/// <summary>
/// A case's post in an agents' channel: the card (<see cref="CardId"/>) and the thread under it (<see cref="ThreadId"/>,
/// <c>19:…@thread.tacv2;messageid=…</c>), where the case is worked. A transfer to another skill's channel adds a post.
/// </summary>
public sealed record TeamsDeskThread(string ThreadId, string HandoffId, string CardId, string Channel, DateTimeOffset PostedUtc);
