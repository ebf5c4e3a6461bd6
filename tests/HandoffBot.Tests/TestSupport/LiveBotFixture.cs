using HandoffBot.Handoff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HandoffBot.Tests.TestSupport;

/// <summary>
/// A running bot (real host on loopback, its own SQLite file) and the channel side the Emulator provides: a serviceUrl
/// listener and an HTTP client for <c>/api/messages</c>. The bot runs on <see cref="Clock"/> (inside business hours)
/// with <see cref="Agents"/> available. As a class fixture, one bot serves every test of the class; each test then
/// talks in conversations of its own.
/// </summary>
public sealed class LiveBotFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public ServiceUrlListener Listener { get; private set; } = null!;

    public BotHost Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = OpenHours.Clock();

    public TestAgentAvailability Agents { get; } = new();

    public async Task InitializeAsync()
    {
        Listener = await ServiceUrlListener.StartAsync();
        Host = BotHost.Start(_temp.File("bot.db"), configureServices: services =>
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
}
