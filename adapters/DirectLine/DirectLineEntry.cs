using Microsoft.Bot.Schema;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>One activity of a conversation's log with its sequence number (null for typing, which is never stored).</summary>
/// <param name="Sequence">The position in the conversation's log; the watermark is its string form.</param>
/// <param name="Activity">The activity as clients receive it.</param>
public sealed record DirectLineEntry(long? Sequence, Activity Activity);
