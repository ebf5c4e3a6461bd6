using HandoffBot.Handoff.Rulebook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HandoffBot.Tests.Handoff.Rulebook;

public sealed class RulebookProviderTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly RecordingLogger<RulebookProvider> _logger = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// A provider watching <paramref name="path"/>. Tests that reload by hand keep the watcher's debounce on a clock that
    /// never moves, so the watcher cannot reload a second time beside them; the watcher's own test passes the real one.
    /// </summary>
    private RulebookProvider CreateProvider(string path, TimeProvider? time = null) =>
        new(Options.Create(new RulebookOptions { Path = path, ReloadDebounce = TimeSpan.FromMilliseconds(50) }), time ?? new FakeTimeProvider(), _logger);

    [Fact]
    public async Task Valid_edit_replaces_the_current_rulebook_and_raises_Changed()
    {
        var path = _folder.File("rulebook.yaml");
        await File.WriteAllTextAsync(path, RulebookTestFiles.Minimal);
        using var provider = CreateProvider(path);
        await provider.StartAsync(CancellationToken.None);
        var before = provider.Current;
        HandoffBot.Handoff.Rulebook.Rulebook? raised = null;
        provider.Changed += rulebook => raised = rulebook;

        await File.WriteAllTextAsync(path, RulebookTestFiles.Minimal.Edit("threshold: 0.55", "threshold: 0.7"));
        var replaced = await provider.ReloadAsync();

        Assert.True(replaced);
        Assert.Equal(0.55, before.Implicit.Confidence.Threshold);
        Assert.Equal(0.7, provider.Current.Implicit.Confidence.Threshold);
        Assert.Same(provider.Current, raised);
        await provider.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Invalid_edit_keeps_the_previous_rulebook_and_logs_the_errors()
    {
        var path = _folder.File("rulebook.yaml");
        await File.WriteAllTextAsync(path, RulebookTestFiles.Minimal);
        using var provider = CreateProvider(path);
        await provider.StartAsync(CancellationToken.None);
        var before = provider.Current;
        var raised = false;
        provider.Changed += _ => raised = true;

        var bad = RulebookTestFiles.Minimal.Edit("threshold: 0.55", "threshold: 2");
        await File.WriteAllTextAsync(path, bad);
        var replaced = await provider.ReloadAsync();

        Assert.False(replaced);
        Assert.False(raised);
        Assert.Same(before, provider.Current);
        var entry = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("previous rulebook stays in force", entry.Message, StringComparison.Ordinal);
        Assert.Contains($"line {bad.LineOf("threshold: 2")}, column 16: implicit.confidence.threshold", entry.Message, StringComparison.Ordinal);
        await provider.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_undo_the_reload_or_stop_other_subscribers()
    {
        var path = _folder.File("rulebook.yaml");
        await File.WriteAllTextAsync(path, RulebookTestFiles.Minimal);
        using var provider = CreateProvider(path);
        _ = provider.Current;
        var second = false;
        provider.Changed += _ => throw new InvalidOperationException("subscriber bug");
        provider.Changed += _ => second = true;

        await File.WriteAllTextAsync(path, RulebookTestFiles.Minimal.Edit("cooldownTurns: 3", "cooldownTurns: 4"));

        Assert.True(await provider.ReloadAsync());
        Assert.True(second);
        Assert.Equal(4, provider.Current.Offer.CooldownTurns);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("subscriber", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleted_file_keeps_the_previous_rulebook()
    {
        var path = _folder.File("rulebook.yaml");
        await File.WriteAllTextAsync(path, RulebookTestFiles.Minimal);
        using var provider = CreateProvider(path);
        var before = provider.Current;

        File.Delete(path);

        Assert.False(await provider.ReloadAsync());
        Assert.Same(before, provider.Current);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saving_the_file_is_picked_up_by_the_watcher()
    {
        var path = _folder.File("rulebook.yaml");
        await File.WriteAllTextAsync(path, RulebookTestFiles.Minimal);
        using var provider = CreateProvider(path, TimeProvider.System);
        await provider.StartAsync(CancellationToken.None);
        var changed = new TaskCompletionSource<HandoffBot.Handoff.Rulebook.Rulebook>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Changed += rulebook => changed.TrySetResult(rulebook);

        await File.WriteAllTextAsync(path, RulebookTestFiles.Minimal.Edit("cooldownTurns: 3", "cooldownTurns: 5"));

        // Generous bound: file notifications are asynchronous; the test waits for the event, not for a time.
        var rulebook = await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(5, rulebook.Offer.CooldownTurns);
        await provider.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Host_start_stops_on_an_invalid_rulebook_with_its_errors()
    {
        var path = _folder.File("custom.yaml");
        await File.WriteAllTextAsync(path, RulebookTestFiles.Minimal.Edit("window: 3", "window: 99"));
        using var host = BuildHost(new() { ["HandoffBot:Rulebook:Path"] = "custom.yaml" });

        var failure = await Assert.ThrowsAsync<RulebookValidationException>(() => host.StartAsync());

        Assert.Equal("implicit.sentiment.window", Assert.Single(failure.Errors).Path);
        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_start_stops_when_the_configured_file_is_missing_naming_the_key()
    {
        using var host = BuildHost(new() { ["HandoffBot:Rulebook:Path"] = "missing/rules.yaml" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("HandoffBot:Rulebook:Path", failure.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_folder.Path, "missing", "rules.yaml"), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_path_is_the_shipped_rulebook_next_to_the_app()
    {
        // The temp content root has no rulebook.yaml, so the copy in the output folder is used.
        using var host = BuildHost([]);
        await host.StartAsync();
        try
        {
            var provider = host.Services.GetRequiredService<RulebookProvider>();
            Assert.Equal(Path.Combine(AppContext.BaseDirectory, "rulebook.yaml"), provider.Path);
            Assert.Equal(5, provider.Current.ExplicitTriggers.Count);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Relative_path_is_resolved_against_the_content_root()
    {
        await File.WriteAllTextAsync(_folder.File("mine.yaml"), RulebookTestFiles.Minimal);
        using var host = BuildHost(new() { ["HandoffBot:Rulebook:Path"] = "mine.yaml" });
        await host.StartAsync();
        try
        {
            var provider = host.Services.GetRequiredService<RulebookProvider>();
            Assert.Equal(_folder.File("mine.yaml"), provider.Path);
            Assert.Equal(2, provider.Current.ExplicitTriggers.Count);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = _folder.Path,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddRulebook();
        return builder.Build();
    }
}
