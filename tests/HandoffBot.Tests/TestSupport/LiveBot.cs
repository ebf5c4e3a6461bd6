using HandoffBot.Handoff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HandoffBot.Tests.TestSupport;

/// <summary>
/// A running bot (real host on loopback, its own SQLite file) and the channel side the Emulator provides: a serviceUrl
/// listener and an HTTP client for <c>/api/messages</c>. One per test (xunit creates the class per test). The bot runs on
/// <see cref="Clock"/> (inside business hours unless a test moves it) with <see cref="Agents"/> available.
/// </summary>
public abstract class LiveBot : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    protected ServiceUrlListener Listener { get; private set; } = null!;

    protected BotHost Host { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; } = OpenHours.Clock();

    protected TestAgentAvailability Agents { get; } = new();

    /// <summary>Further settings for the host; override to change options.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        Listener = await ServiceUrlListener.StartAsync();
        Host = BotHost.Start(_temp.File("bot.db"), Settings, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IAgentAvailability>(Agents);
        });
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
