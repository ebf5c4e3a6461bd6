namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// Where the Direct Line endpoint keeps its conversations and their ordered activity logs, so that a page reload or a
/// restart resumes a conversation with its history. Sequence numbers are assigned by the caller, one writer at a time
/// per conversation.
/// </summary>
public interface IDirectLineStore
{
    /// <summary>Adds a conversation; false when one with that id exists already.</summary>
    Task<bool> CreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    /// <summary>The conversation with this id, or null.</summary>
    Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Marks the conversation started; true only for the call that started it.</summary>
    Task<bool> MarkStartedAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The highest sequence number stored for the conversation, 0 when its log is empty.</summary>
    Task<long> GetLastSequenceAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends an activity (serialised JSON) at <paramref name="sequence"/>.</summary>
    Task AppendAsync(string conversationId, long sequence, string activityJson, CancellationToken cancellationToken);

    /// <summary>At most <paramref name="max"/> activities after <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<(long Sequence, string ActivityJson)>> ReadAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken);

    /// <summary>The stored value of a setting, storing <paramref name="value"/> first when there is none.</summary>
    Task<string> GetOrAddSettingAsync(string name, string value, CancellationToken cancellationToken);
}
