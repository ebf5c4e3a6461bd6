using System.Net;

namespace HandoffBot.Tests.Hosting;

/// <summary>The headers a security reviewer looks for on the chat page, the agent console and the API.</summary>
public sealed class PageSecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/agent/")]
    [InlineData("/api/agent/me")]
    [InlineData("/healthz")]
    public async Task Every_response_has_a_script_tight_csp_nosniff_and_a_referrer_policy(string path)
    {
        using var temp = new TempDirectory();
        await using var host = BotHost.Start(temp.File("bot.db"));
        using var http = host.CreateHttpClient();

        using var response = await http.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_console_may_never_be_framed_and_the_chat_page_only_by_the_allowed_sites()
    {
        using var temp = new TempDirectory();
        await using var host = BotHost.Start(temp.File("bot.db"), new Dictionary<string, string?>
        {
            ["HandoffBot:WebChat:AllowedEmbedOrigins:0"] = "https://www.example.com",
            ["HandoffBot:WebChat:AllowedEmbedOrigins:1"] = "https://shop.example.com/",
        });
        using var http = host.CreateHttpClient();

        using var console = await http.GetAsync("/agent/");
        using var chat = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.EndsWith("frame-ancestors 'none'", Assert.Single(console.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(console.Headers.GetValues("X-Frame-Options")));
        Assert.EndsWith("frame-ancestors 'self' https://www.example.com https://shop.example.com", Assert.Single(chat.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_allowed_sites_any_page_may_embed_the_chat()
    {
        using var temp = new TempDirectory();
        await using var host = BotHost.Start(temp.File("bot.db"));
        using var http = host.CreateHttpClient();

        using var chat = await http.GetAsync("/");

        Assert.EndsWith("frame-ancestors *", Assert.Single(chat.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.False(chat.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public void An_allowed_embed_site_that_is_not_an_origin_stops_the_start_naming_it()
    {
        using var temp = new TempDirectory();

        var error = Assert.ThrowsAny<Exception>(() => BotHost.Start(temp.File("bot.db"), new Dictionary<string, string?>
        {
            ["HandoffBot:WebChat:AllowedEmbedOrigins:0"] = "https://www.example.com/shop/checkout",
        }).Dispose());

        Assert.Contains("AllowedEmbedOrigins: 'https://www.example.com/shop/checkout' is not an origin", error.ToString(), StringComparison.Ordinal);
    }
}
