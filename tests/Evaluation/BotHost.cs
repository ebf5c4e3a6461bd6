using System.Text.Json;
using HandoffBot.Language;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace HandoffBot.Evaluation;

/// <summary>
/// The real bot host (bot/Program.cs) on Kestrel, on a free loopback port, with its own SQLite file: the one host
/// helper of the tests and the evaluation command. Dispose it and start another on the same database to simulate a
/// restart. Hosts share the process's <see cref="SharedSentenceEncoder"/> unless they ask for their own.
/// </summary>
public sealed class BotHost : WebApplicationFactory<global::Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly bool _ownEncoder;

    private BotHost(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices, bool ownEncoder)
    {
        _settings = settings;
        _configureServices = configureServices;
        _ownEncoder = ownEncoder;
        UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>
    /// Starts the host with <paramref name="databasePath"/> as its SQLite database, any further settings, and service
    /// replacements (a controllable <see cref="TimeProvider"/>, say) applied after the bot's own registrations.
    /// <paramref name="ownEncoder"/>: build the sentence encoder as production does, and embed every text afresh
    /// (benchmarks); otherwise the host uses the process-wide <see cref="SharedSentenceEncoder"/>.
    /// </summary>
    public static BotHost Start(
        string databasePath,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        bool ownEncoder = false)
    {
        PointAtBotContentRoot();
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["HandoffBot:Storage:Sqlite"] = $"Data Source={databasePath}",
        };

        // As `dotnet run` does (appsettings.Development.json): tests sign in as the sample agents unless they say otherwise.
        all.TryAdd("HandoffBot:Agents:DemoSignIn", "true");

        // A null value leaves the key unset (the bot's own default), e.g. to test what a deployment does without it.
        foreach (var unset in all.Where(setting => setting.Value is null).Select(setting => setting.Key).ToList())
        {
            all.Remove(unset);
        }

        var host = new BotHost(all, configureServices, ownEncoder);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        host.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/");
        return host;
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>
    /// WebApplicationFactory reads MvcTestingAppManifest.json (the bot's content root, written by the package's build
    /// targets) from the current directory, which is the output folder under a test runner but the repository root
    /// under <c>dotnet run</c>. Its first choice is the setting <c>TEST_CONTENTROOT_HANDOFFBOT</c> (environment
    /// <c>ASPNETCORE_TEST_CONTENTROOT_HANDOFFBOT</c>), so point that at the manifest's entry, unless already set.
    /// </summary>
    private static void PointAtBotContentRoot()
    {
        const string Variable = "ASPNETCORE_TEST_CONTENTROOT_HANDOFFBOT";
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)) || !File.Exists(manifest))
        {
            return;
        }

        var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest)) ?? [];
        var root = roots.FirstOrDefault(r => r.Key.StartsWith(typeof(global::Program).Assembly.GetName().Name + ",", StringComparison.Ordinal)).Value;
        if (root is not null && Directory.Exists(root))
        {
            Environment.SetEnvironmentVariable(Variable, root);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Reports go to stdout; the bot's logs (its appsettings.json asks for Information) go to stderr, warnings and
        // errors only. A provider-specific rule outranks the configured ones.
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            logging.AddFilter<ConsoleLoggerProvider>((_, level) => level >= LogLevel.Warning);
        });

        builder.ConfigureServices(services =>
        {
            if (!_ownEncoder)
            {
                services.RemoveAll<ISentenceEncoder>();
                services.AddSingleton<ISentenceEncoder>(SharedSentenceEncoder.Instance);
            }

            _configureServices?.Invoke(services);
        });
    }
}
