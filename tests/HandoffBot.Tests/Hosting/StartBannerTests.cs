using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HandoffBot.Tests.Hosting;

/// <summary>What the start log tells someone who just ran the bot for the first time.</summary>
public sealed class StartBannerTests
{
    [Fact]
    public async Task The_start_log_gives_the_chat_console_and_emulator_addresses_and_in_local_mode_the_demo_sign_ins()
    {
        using var temp = new TempDirectory();
        var log = new BannerLog();
        await using var host = BotHost.Start(temp.File("bot.db"), configureServices: services => services.AddSingleton<ILoggerProvider>(log));

        var signIns = await log.DemoSignIns.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var addresses = await log.Addresses.Task.WaitAsync(TimeSpan.FromSeconds(20));

        var root = host.BaseAddress.ToString();
        Assert.Contains($"Web chat: {root}", addresses, StringComparison.Ordinal);
        Assert.Contains($"Agent console: {root}agent/", addresses, StringComparison.Ordinal);
        Assert.Contains($"Lead's dashboard: {root}dashboard/", addresses, StringComparison.Ordinal);
        Assert.Contains($"{root}api/messages", addresses, StringComparison.Ordinal);
        Assert.Contains("maya / maya-demo", signIns, StringComparison.Ordinal);
        Assert.Contains("lee / lee-demo (supervisor)", signIns, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_channel_credentials_the_start_log_names_no_demo_password()
    {
        using var temp = new TempDirectory();
        var log = new BannerLog();
        var host = BotHost.Start(
            temp.File("bot.db"),
            new Dictionary<string, string?> { ["MicrosoftAppId"] = "6f1d3c59-8d3e-4b7e-9d1a-2f0c6b7a9e11", ["MicrosoftAppPassword"] = "not-used" },
            services => services.AddSingleton<ILoggerProvider>(log));

        await log.Addresses.Task.WaitAsync(TimeSpan.FromSeconds(20));
        // Stopping waits for the banner to finish: whatever it was going to say has been said.
        await host.DisposeAsync();

        Assert.DoesNotContain(log.Lines, line => line.Contains("-demo", StringComparison.Ordinal) || line.StartsWith("Local mode: sign in", StringComparison.Ordinal));
    }

    /// <summary>Keeps what the bot logs and signals the banner's lines.</summary>
    private sealed class BannerLog : ILoggerProvider, ILogger
    {
        private readonly List<string> _lines = [];

        public TaskCompletionSource<string> Addresses { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<string> DemoSignIns { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = formatter(state, exception);
            lock (_lines)
            {
                _lines.Add(line);
            }

            if (line.StartsWith("HandoffBot is running", StringComparison.Ordinal))
            {
                Addresses.TrySetResult(line);
            }
            else if (line.StartsWith("Local mode: sign in", StringComparison.Ordinal))
            {
                DemoSignIns.TrySetResult(line);
            }
        }

        public void Dispose()
        {
        }
    }
}
