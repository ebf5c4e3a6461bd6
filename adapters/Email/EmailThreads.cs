using System.Security.Cryptography;
using System.Text;

namespace HandoffBot.Adapters.Email;

/// <summary>
/// Finds the conversation a mail belongs to: by its References and In-Reply-To (mail in and out of a thread is
/// remembered), or, for a reply that lost those headers, by sender and subject; otherwise the mail starts a thread.
/// </summary>
public sealed class EmailThreads(IEmailStore store)
{
    // References grow with every mail; the first (the thread's root) and the latest are what mail programs need.
    private const int KeptReferences = 20;

    public async Task<EmailThread> ResolveAsync(InboundEmail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var ids = mail.References.Concat(mail.InReplyTo is null ? [] : [mail.InReplyTo]).Distinct(StringComparer.Ordinal).ToList();
        var thread = ids.Count > 0 ? await store.FindThreadAsync(ids, cancellationToken).ConfigureAwait(false) : null;
        if (thread is null && ids.Count == 0 && EmailSubject.Strip(mail.Subject) != mail.Subject.Trim())
        {
            thread = await store.FindThreadBySubjectAsync(mail.FromAddress, EmailSubject.Key(mail.Subject), cancellationToken).ConfigureAwait(false);
        }

        thread ??= new EmailThread(ConversationIdFor(mail.MessageId), mail.FromAddress, mail.FromName, EmailSubject.Strip(mail.Subject), null, [], []);
        var references = thread.References.Concat(mail.References).Append(mail.MessageId).Distinct(StringComparer.Ordinal).ToList();
        if (references.Count > KeptReferences)
        {
            references = [references[0], .. references.Skip(references.Count - (KeptReferences - 1))];
        }

        thread = thread with { CustomerName = mail.FromName ?? thread.CustomerName, LastMessageId = mail.MessageId, References = references };
        await store.SaveThreadAsync(thread, mail.MessageId, cancellationToken).ConfigureAwait(false);
        return thread;
    }

    /// <summary>A conversation id from the thread's first Message-ID: stable, and no address in URLs or logs.</summary>
    public static string ConversationIdFor(string messageId) =>
        "email-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..24];
}
