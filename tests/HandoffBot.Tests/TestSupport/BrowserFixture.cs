using Microsoft.Playwright;

namespace HandoffBot.Tests.TestSupport;

/// <summary>
/// One headless Chromium (Debian's package, driven by Playwright) shared by the browser tests of a collection; each
/// test opens its own context, so cookies and storage never leak between tests. A missing browser fails the tests
/// with the fix, it never skips them: <c>./test.sh</c> installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Overrides the browser binary (default <c>/usr/bin/chromium</c>).</summary>
    public const string ExecutableVariable = "HANDOFFBOT_CHROMIUM";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {executable}. Run ./test.sh (it installs Debian's chromium package) or set {ExecutableVariable}.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Tests run as root (no sandbox then); nothing may reach the internet.
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context (its own cookies and storage) and a page in it.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
