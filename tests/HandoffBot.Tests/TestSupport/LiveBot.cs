namespace HandoffBot.Tests.TestSupport;

/// <summary>
/// A running bot (real host on loopback, its own SQLite file) and the channel side the Emulator provides: a serviceUrl
/// listener and an HTTP client for <c>/api/messages</c>. One per test (xunit creates the class per test).
/// </summary>
public abstract class LiveBot : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    protected ServiceUrlListener Listener { get; private set; } = null!;

    protected BotHost Host { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Listener = await ServiceUrlListener.StartAsync();
        Host = BotHost.Start(_temp.File("bot.db"));
        Http = Host.CreateHttpClient();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Listener.DisposeAsync();
        _temp.Dispose();
    }

    /// <summary>A new Emulator conversation with the bot.</summary>
    protected EmulatorClient NewConversation() => new(Http, Listener.BaseAddress);
}
