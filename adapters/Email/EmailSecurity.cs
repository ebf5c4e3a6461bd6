namespace HandoffBot.Adapters.Email;

/// <summary>How the IMAP and SMTP connections are protected.</summary>
public enum EmailSecurity
{
    /// <summary>Plain text; only for a server on loopback or a trusted network.</summary>
    None,

    /// <summary>Connect in plain text, then upgrade with STARTTLS (IMAP 143, SMTP submission 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (IMAPS 993, SMTPS 465).</summary>
    SslOnConnect,
}
