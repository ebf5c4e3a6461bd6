using Microsoft.Extensions.Time.Testing;

namespace HandoffBot.Tests.TestSupport;

/// <summary>
/// Tests against a running bot (<see cref="LiveBotFixture"/>). A class that moves the clock or changes who is available
/// gets a bot of its own for every test (the parameterless constructor); a class whose tests only talk in their own
/// conversations shares one bot (pass the class fixture), which saves a host start per test.
/// </summary>
public abstract class LiveBot : IAsyncLifetime
{
    private readonly LiveBotFixture? _shared;
    private LiveBotFixture _bot = null!;

    /// <summary>A bot of its own for each test.</summary>
    protected LiveBot()
    {
    }

    /// <summary>One bot for the class: declare <c>IClassFixture&lt;LiveBotFixture&gt;</c> and pass it here.</summary>
    protected LiveBot(LiveBotFixture shared) => _shared = shared;

    protected ServiceUrlListener Listener => _bot.Listener;

    protected BotHost Host => _bot.Host;

    protected HttpClient Http => _bot.Http;

    protected FakeTimeProvider Clock => _bot.Clock;

    protected TestAgentAvailability Agents => _bot.Agents;

    public async Task InitializeAsync()
    {
        if (_shared is not null)
        {
            _bot = _shared;
            return;
        }

        _bot = new LiveBotFixture();
        await _bot.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_shared is null)
        {
            await _bot.DisposeAsync();
        }
    }

    /// <summary>A new Emulator conversation with the bot.</summary>
    protected EmulatorClient NewConversation() => new(Http, Listener.BaseAddress);
}
