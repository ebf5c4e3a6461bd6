using HandoffBot.Tests.TestSupport;

namespace HandoffBot.Tests.Hosting;

/// <summary>The browser bundles installed from npm at build time are served by the bot and work in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebBundlesTests(BrowserFixture browser) : LiveBot
{
    [Fact]
    public async Task Web_chat_and_signalr_bundles_load_from_the_bot_in_chromium()
    {
        var page = await browser.NewPageAsync(Host.BaseAddress);
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);

        // A blank page on the bot's origin that loads only the bot's own copies of the bundles.
        await page.GotoAsync("/healthz");
        await page.SetContentAsync("<script src=\"/lib/webchat.js\"></script><script src=\"/lib/signalr.min.js\"></script>");

        Assert.Equal("function", await page.EvaluateAsync<string>("typeof window.WebChat.renderWebChat"));
        Assert.Equal("function", await page.EvaluateAsync<string>("typeof window.signalR.HubConnectionBuilder"));
        Assert.Empty(failed);
    }
}
