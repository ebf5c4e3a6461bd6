namespace HandoffBot.Adapters.Email;

/// <summary>
/// The email channel (<c>HandoffBot:Email</c>): a support mailbox read over IMAP and answered over SMTP. Without an
/// address the channel is off.
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "HandoffBot:Email";

    /// <summary>The support address customers write to (<c>support@example.com</c>); replies come from it.</summary>
    public string? Address { get; set; }

    /// <summary>The name beside the address on the bot's replies; an agent's replies carry the agent's name.</summary>
    public string DisplayName { get; set; } = "Support";

    public string? ImapHost { get; set; }

    /// <summary>The IMAP port; by default 993 with <see cref="EmailSecurity.SslOnConnect"/>, 143 otherwise.</summary>
    public int? ImapPort { get; set; }

    public string? SmtpHost { get; set; }

    /// <summary>The SMTP port; by default 465 with <see cref="EmailSecurity.SslOnConnect"/>, 587 otherwise.</summary>
    public int? SmtpPort { get; set; }

    /// <summary>The mailbox's user name, for IMAP and SMTP alike (often the address itself).</summary>
    public string? UserName { get; set; }

    /// <summary>The mailbox's password or app password (Gmail and Microsoft 365 need an app password).</summary>
    public string? Password { get; set; }

    public EmailSecurity Security { get; set; } = EmailSecurity.StartTls;

    /// <summary>The folder new mail arrives in.</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary>How often the mailbox is checked when the server cannot push (IMAP IDLE), and how long one IDLE lasts.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts to reach a mailbox that cannot be reached.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest message read, in bytes; a larger one is left in the mailbox for a person and logged.</summary>
    public int MaxMessageBytes { get; set; } = 10 * 1024 * 1024;

    public bool Enabled => !string.IsNullOrWhiteSpace(Address);

    public int EffectiveImapPort => ImapPort ?? (Security == EmailSecurity.SslOnConnect ? 993 : 143);

    public int EffectiveSmtpPort => SmtpPort ?? (Security == EmailSecurity.SslOnConnect ? 465 : 587);
}
