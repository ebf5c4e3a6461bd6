using Microsoft.Bot.Schema;

namespace HandoffBot.Adapters.Email;

/// <summary>
/// What the email channel keeps so that a restart neither loses nor repeats a mail: each mail once (by Message-ID),
/// its turn until it has run, how far the mailbox was read (UIDVALIDITY and the last UID), and the threads. The host
/// supplies it, in the bot's database.
/// </summary>
public interface IEmailStore
{
    /// <summary>Keeps a mail's turn to run (none for machine mail, recorded only); false when the mail was taken before.</summary>
    Task<bool> TryAcceptAsync(string messageId, Activity? activity, string? note, CancellationToken cancellationToken);

    /// <summary>The mail's turn has run.</summary>
    Task CompleteAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Turns accepted and not yet run (the process stopped before them), oldest first.</summary>
    Task<IReadOnlyList<(string MessageId, Activity Activity)>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>The last UID read from <paramref name="folder"/> while its UIDVALIDITY was <paramref name="uidValidity"/>.</summary>
    Task<uint?> LastUidAsync(string folder, uint uidValidity, CancellationToken cancellationToken);

    Task SaveLastUidAsync(string folder, uint uidValidity, uint uid, CancellationToken cancellationToken);

    /// <summary>The thread any of <paramref name="messageIds"/> (a mail's References and In-Reply-To) belongs to.</summary>
    Task<EmailThread?> FindThreadAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken);

    /// <summary>The latest thread with this customer under this subject key, for replies that lost their headers.</summary>
    Task<EmailThread?> FindThreadBySubjectAsync(string customerAddress, string subjectKey, CancellationToken cancellationToken);

    Task<EmailThread?> GetThreadAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Saves the thread and notes that <paramref name="messageId"/> (a mail in or out) belongs to it.</summary>
    Task SaveThreadAsync(EmailThread thread, string messageId, CancellationToken cancellationToken);
}
