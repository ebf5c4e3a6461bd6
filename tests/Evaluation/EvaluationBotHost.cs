using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace HandoffBot.Evaluation;

/// <summary>The real bot host (bot/Program.cs) on Kestrel on a free loopback port, configured by settings.</summary>
public sealed class EvaluationBotHost : WebApplicationFactory<global::Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private EvaluationBotHost(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static EvaluationBotHost Start(IReadOnlyDictionary<string, string?> settings)
    {
        PointAtBotContentRoot();
        var host = new EvaluationBotHost(settings);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        host.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/");
        return host;
    }

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

        // The report goes to stdout and ends with the summary line; the bot's logs (its appsettings.json asks for
        // Information) go to stderr, warnings and errors only. A provider-specific rule outranks the configured ones.
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            logging.AddFilter<ConsoleLoggerProvider>((_, level) => level >= LogLevel.Warning);
        });
    }
}
