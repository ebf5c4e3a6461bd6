namespace HandoffBot.Adapters.Email;

/// <summary>
/// One email thread, one conversation: the customer, the subject, the customer's last Message-ID (the bot's reply
/// answers it), the thread's References, and the choices of the bot's last mail, by number.
/// </summary>
public sealed record EmailThread(
    string ConversationId,
    string CustomerAddress,
    string? CustomerName,
    string Subject,
    string? LastMessageId,
    IReadOnlyList<string> References,
    IReadOnlyList<EmailChoice> Choices);
