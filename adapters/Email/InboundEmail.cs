namespace HandoffBot.Adapters.Email;

/// <summary>
/// A customer's mail as the bot reads it: who wrote, how it threads, and only the new text (no quoted history, no
/// signature). <see cref="MachineReason"/> says why it must not be answered (an auto-reply, a bounce, a list), if so.
/// </summary>
public sealed record InboundEmail(
    string MessageId,
    string? InReplyTo,
    IReadOnlyList<string> References,
    string FromAddress,
    string? FromName,
    string Subject,
    string Text,
    IReadOnlyList<EmailAttachment> Attachments,
    string? MachineReason);
