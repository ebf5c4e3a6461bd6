namespace HandoffBot.Adapters.Slack;

/// <summary>
/// Where a Bot Framework conversation lives in Slack: a direct message with the app (one conversation per DM
/// channel), or a thread in a channel (one per <c>thread_ts</c>). The conversation id carries all of it:
/// <c>{team}:{channel}</c> or <c>{team}:{channel}:{thread_ts}</c>.
/// </summary>
public sealed record SlackConversation(string Team, string Channel, string? ThreadTs)
{
    public string Id => ThreadTs is null ? $"{Team}:{Channel}" : $"{Team}:{Channel}:{ThreadTs}";

    public static SlackConversation? Parse(string? conversationId)
    {
        var parts = conversationId?.Split(':');
        return parts switch
        {
            [var team, var channel] when team.Length > 0 && channel.Length > 0 => new SlackConversation(team, channel, null),
            [var team, var channel, var thread] when team.Length > 0 && channel.Length > 0 && thread.Length > 0 => new SlackConversation(team, channel, thread),
            _ => null,
        };
    }
}
