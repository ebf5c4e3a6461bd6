using Microsoft.Bot.Schema;

namespace HandoffBot.Adapters.Slack;

/// <summary>What one request to the Events API asks of the channel.</summary>
public abstract record SlackInbound
{
    /// <summary>Slack checks the endpoint: answer with the challenge.</summary>
    public sealed record Challenge(string Value) : SlackInbound;

    /// <summary>Nothing for the bot (its own messages, edits, other bots, channel chatter); Slack still gets 200.</summary>
    public sealed record Ignored(string Reason) : SlackInbound;

    /// <summary>
    /// A customer's message: one turn of the bot. <c>InThreadOnly</c>: a reply in a channel thread without a mention,
    /// for the bot only when it talks in that thread. <c>StartsThread</c>: a mention, which makes the thread the bot's.
    /// </summary>
    public sealed record Turn(string EventId, Activity Activity, bool InThreadOnly = false, bool StartsThread = false) : SlackInbound;

    /// <summary>Signed by Slack but not a request the channel can read.</summary>
    public sealed record Invalid(string Message) : SlackInbound;
}
