using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Adapters.Tests.DirectLine;

/// <summary>A running bot with a known Direct Line secret, its own SQLite file, and a Direct Line client for it.</summary>
public abstract class DirectLineHost : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    protected BotHost Host { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected DirectLineClient DirectLine { get; private set; } = null!;

    protected string DatabasePath => _temp.File("bot.db");

    /// <summary>Settings on top of the secret (limits, say).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>Service replacements (a controllable clock, say).</summary>
    protected virtual Action<IServiceCollection>? ConfigureServices => null;

    public Task InitializeAsync()
    {
        StartHost();
        return Task.CompletedTask;
    }

    /// <summary>Stops the bot and starts it again on the same database.</summary>
    protected async Task RestartAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        StartHost();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        _temp.Dispose();
    }

    private void StartHost()
    {
        var settings = new Dictionary<string, string?>(Settings) { ["HandoffBot:DirectLine:Secret"] = DirectLineClient.Secret };
        Host = BotHost.Start(DatabasePath, settings, ConfigureServices);
        Http = Host.CreateHttpClient();
        DirectLine = new DirectLineClient(Http);
    }
}
