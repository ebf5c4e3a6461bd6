namespace HandoffBot.Tests.Email;

/// <summary>Dovecot holding the support mailbox, an SMTP server receiving the bot's mail, and the bot reading one and sending to the other.</summary>
public sealed class EmailChannelFixture : IDisposable
{
    public const string Support = DovecotServer.UserName;

    private readonly TempDirectory _folder = new();

    public EmailChannelFixture()
    {
        Mailbox = new DovecotServer();
        Smtp = new SmtpSink();
        Bot = StartBot();
    }

    public DovecotServer Mailbox { get; }

    public SmtpSink Smtp { get; }

    public BotHost Bot { get; private set; }

    public string DatabasePath => _folder.File("bot.db");

    /// <summary>Stops the bot; <see cref="Start"/> starts it again on the same database and mailbox.</summary>
    public void Stop() => Bot.Dispose();

    public void Start() => Bot = StartBot();

    public void Dispose()
    {
        Bot.Dispose();
        Smtp.Dispose();
        Mailbox.Dispose();
        _folder.Dispose();
    }

    /// <summary>The bot's email settings for this mailbox and SMTP server.</summary>
    public static IReadOnlyDictionary<string, string?> SettingsFor(DovecotServer mailbox, SmtpSink smtp) => new Dictionary<string, string?>
    {
        ["HandoffBot:Email:Address"] = Support,
        ["HandoffBot:Email:DisplayName"] = "Tasklane Support",
        ["HandoffBot:Email:ImapHost"] = "127.0.0.1",
        ["HandoffBot:Email:ImapPort"] = mailbox.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["HandoffBot:Email:SmtpHost"] = "127.0.0.1",
        ["HandoffBot:Email:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["HandoffBot:Email:UserName"] = DovecotServer.UserName,
        ["HandoffBot:Email:Password"] = DovecotServer.Password,
        ["HandoffBot:Email:Security"] = "None",
        ["HandoffBot:Email:PollInterval"] = "00:00:05",
    };

    private BotHost StartBot() => BotHost.Start(DatabasePath, SettingsFor(Mailbox, Smtp));
}
