using System.Net;
using HandoffBot.Tests.Agents;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace HandoffBot.Tests.WebChat;

/// <summary>The chat page at <c>/</c> in headless Chromium: the official Web Chat on the bot's own Direct Line endpoint.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatPageTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";

    // What the agent does reaches the customer at once; the bound is a failure timeout, well under Web Chat's 5 s hold.
    private const float AgentMessageBound = 3_000;

    // Web Chat's Markdown turns straight apostrophes into typographic ones, so these are quoted from the parts without.
    private const string Greeting = "the support assistant. I can answer questions about your account";
    private const string HelpIntro = "Pick a topic, or just ask your question in your own words.";

    // A Wednesday afternoon: every team in the shipped rulebook is within business hours.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.Zero));
    private readonly TempDirectory _temp = new();
    private readonly List<string> _posted = [];
    private BotHost _host = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _host = BotHost.Start(_temp.File("bot.db"), configureServices: services => services.AddSingleton<TimeProvider>(_clock));
        _page = await browser.NewPageAsync(_host.BaseAddress);
        _page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/activities", StringComparison.Ordinal))
            {
                lock (_posted)
                {
                    _posted.Add(request.PostData ?? string.Empty);
                }
            }
        };
    }

    [Fact]
    public async Task Customer_who_asks_for_help_sees_the_topics_as_buttons_and_keeps_the_conversation_after_a_reload()
    {
        await _page.GotoAsync("/");
        await SeeAsync(Greeting);

        await SayAsync("help");
        await SeeAsync(HelpIntro);
        await _page.Locator(".webchat__suggested-actions__button", new() { HasText = "Talk to a person" }).WaitForAsync();
        await ScreenshotAsync("1-help-menu");

        await _page.ReloadAsync();
        await SeeAsync(HelpIntro);
        await SeeAsync(Greeting);
        await ScreenshotAsync("2-after-reload");

        // Web Chat marked the message sent (the echo came back with its clientActivityID), and it carried the page.
        await Assertions.Expect(_page.GetByText("Send failed", new() { Exact = false })).ToHaveCountAsync(0);
        lock (_posted)
        {
            Assert.Contains(_posted, body => body.Contains("\"page\":\"/\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Customer_who_asks_for_a_person_sees_the_transition_the_agents_reply_with_their_name_and_the_rating_question()
    {
        // An agent on duty, as the console is: signed in, available, connected to the hub.
        await using var lee = await AgentClient.SignInAsync(_host.BaseAddress, "lee");
        await _page.GotoAsync("/");
        await SeeAsync(Greeting);

        await SayAsync("I want to talk to a person");
        await SeeAsync("bringing in someone from our support team");
        await ScreenshotAsync("3-transition");

        var offer = await lee.WaitForAsync("caseOffered");
        var handoffId = offer.GetProperty("handoffId").GetString()!;
        using (var accepted = await lee.PostAsync($"api/agent/cases/{handoffId}/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using (var sent = await lee.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "Hi, I've read your conversation. Let me check that for you." }))
        {
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        // Sooner than Web Chat's five-second hold on an activity that replies to one it never received.
        await SeeAsync("Let me check that for you.", AgentMessageBound);
        await Assertions.Expect(_page.Locator("strong", new() { HasText = "Lee Chen:" })).ToBeVisibleAsync();
        await ScreenshotAsync("4-agent-reply");

        // Whatever an agent types is shown as text: markup in it never becomes an element in the customer's chat.
        using (var markup = await lee.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "<img src=x onerror=alert(1)> is what I see" }))
        {
            Assert.Equal(HttpStatusCode.Created, markup.StatusCode);
        }

        await SeeAsync("<img src=x onerror=alert(1)> is what I see", AgentMessageBound);
        await Assertions.Expect(_page.Locator("img[src='x']")).ToHaveCountAsync(0);

        // Nor does a script or a javascript: link, from the agent or typed by the customer, ever run under the page's CSP.
        using (var link = await lee.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "[open your invoice](javascript:window.__pwned=1) <script>window.__pwned=2</script> done" }))
        {
            Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        }

        await SayAsync("<img src=y onerror=\"window.__pwned=3\"> [mine](javascript:window.__pwned=4)");
        await SeeAsync("done", AgentMessageBound);
        await SeeAsync("<img src=y onerror=");
        foreach (var anchor in await _page.Locator("a").AllAsync())
        {
            Assert.DoesNotContain("javascript:", await anchor.GetAttributeAsync("href") ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True(await _page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        Assert.Equal(0, await _page.Locator("img[src='y']").CountAsync());

        using (var resolved = await lee.PostAsync($"api/agent/cases/{handoffId}/resolve", new { disposition = "answered" }))
        {
            Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        }

        await SeeAsync("how would you rate the help you got from our team", AgentMessageBound);
        await _page.Locator(".webchat__suggested-actions__button", new() { HasText = "5" }).WaitForAsync();
        await ScreenshotAsync("5-rating-question");
    }

    [Fact]
    public async Task A_customer_who_says_hi_is_greeted_and_while_waiting_for_an_email_still_gets_answers_that_repeat_the_promise()
    {
        // Within business hours, but nobody with the skill is signed in.
        await _page.GotoAsync("/");
        await SeeAsync(Greeting);

        await SayAsync("hi");
        await SeeAsync("What can I help you with today?");

        await SayAsync("I want to talk to a person");
        await SeeAsync("busy or away just now");
        await _page.Locator(".webchat__suggested-actions__button", new() { HasText = "Email me" }).ClickAsync();
        await SeeAsync("Which email address should we use?");
        await SayAsync("jo.customer@example.com");
        await SeeAsync("Done: ticket FU-0001");

        await SayAsync("how do I export my data?");
        await SeeAsync("Export your projects and tasks");
        await SeeAsync("Your case stays open too.");
        await SeeAsync("email you at jo.customer@example.com about ticket FU-0001");
        await ScreenshotAsync("6-answered-while-waiting");

        // Nothing the customer saw promised a person "shortly", and nothing was declined.
        await Assertions.Expect(_page.GetByText("shortly")).ToHaveCountAsync(0);
        await Assertions.Expect(_page.GetByText("rather not guess")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Before_the_billing_teams_hours_a_billing_agent_at_their_desk_means_the_customer_is_told_a_person_is_coming()
    {
        // Friday 06:00 in New York: two hours before the billing team's hours, and Maya (billing) has signed in early.
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 11, 0, 0, TimeSpan.Zero));
        await using var maya = await AgentClient.SignInAsync(_host.BaseAddress, "maya");
        await _page.GotoAsync("/");
        await SeeAsync(Greeting);

        await SayAsync("you charged me twice, I want my money back");

        await SeeAsync("bringing in someone from our support team");
        var offer = await maya.WaitForAsync("caseOffered");
        Assert.Equal("billing", offer.GetProperty("skill").GetString());
        await Assertions.Expect(_page.GetByText("away right now")).ToHaveCountAsync(0);
        await Assertions.Expect(_page.GetByText("Rather than wait here")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_company_site_with_the_embed_snippet_opens_the_chat_and_sends_its_page_and_product()
    {
        // A page on the company's own site (another origin, on loopback like the bot) with the documented snippet pasted in.
        var snippet = $"<script src=\"{_host.BaseAddress}embed.js\" async data-page=\"/pricing\" data-product=\"Business plan\"></script>";
        await using var site = CompanySite.Start($"<!doctype html><html><head><title>Tasklane pricing</title></head><body><h1>Pricing</h1>{snippet}</body></html>");
        await _page.GotoAsync(site.Address + "pricing");

        await _page.GetByRole(AriaRole.Button, new() { Name = "Chat with us" }).ClickAsync();
        var chat = _page.FrameLocator("iframe[title='Chat with Tasklane Support']");
        var console = new List<string>();
        _page.Console += (_, message) =>
        {
            lock (console)
            {
                console.Add(message.Text);
            }
        };
        try
        {
            await chat.GetByText(Greeting).Filter(new() { Visible = true }).First.WaitForAsync(new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            lock (console)
            {
                Assert.Fail("The embedded chat never greeted. Browser console: " + string.Join(" | ", console));
            }
        }

        await chat.Locator(SendBox).FillAsync("help");
        await chat.Locator(SendBox).PressAsync("Enter");
        await chat.GetByText(HelpIntro).Filter(new() { Visible = true }).First.WaitForAsync(new() { Timeout = 30_000 });
        await ScreenshotAsync("6-embedded");

        lock (_posted)
        {
            Assert.Contains(_posted, body => body.Contains("\"page\":\"/pricing\"", StringComparison.Ordinal)
                && body.Contains("\"product\":\"Business plan\"", StringComparison.Ordinal));
        }
    }

    public async Task DisposeAsync()
    {
        await _page.Context.CloseAsync();
        await _host.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_company_site_that_signs_its_customers_in_gives_the_chat_their_token_and_the_case_knows_them()
    {
        // The bot with a known secret, which only the company's server holds.
        await using var bot = BotHost.Start(
            _temp.File("site-bot.db"),
            new Dictionary<string, string?> { ["HandoffBot:DirectLine:Secret"] = DirectLineClient.Secret },
            services => services.AddSingleton<TimeProvider>(_clock));
        using var botHttp = bot.CreateHttpClient();
        // The company's server: its signed-in customer is Elena, so it asks the bot for a token for dl_vip-elena.
        async Task<bool> Routes(HttpListenerContext context)
        {
            if (context.Request.HttpMethod != "POST" || context.Request.Url!.AbsolutePath != "/chat-token")
            {
                return false;
            }

            var (_, issued) = await new DirectLineClient(botHttp).SendAsync(HttpMethod.Post, "tokens/generate", DirectLineClient.Secret, "{\"user\":{\"id\":\"dl_vip-elena\"}}");
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(issued.ToString(Newtonsoft.Json.Formatting.None)));
            return true;
        }

        var snippet = $"<script src=\"{bot.BaseAddress}embed.js\" async data-token-url=\"/chat-token\"></script>";
        await using var site = CompanySite.Start($"<!doctype html><html><head><title>Your account</title></head><body><h1>Account</h1>{snippet}</body></html>", Routes);
        await _page.GotoAsync(site.Address + "account");

        await _page.GetByRole(AriaRole.Button, new() { Name = "Chat with us" }).ClickAsync();
        var chat = _page.FrameLocator("iframe[title='Chat with Tasklane Support']");
        await chat.GetByText(Greeting).Filter(new() { Visible = true }).First.WaitForAsync(new() { Timeout = 30_000 });
        await chat.Locator(SendBox).FillAsync("I want to talk to a real person");
        await chat.Locator(SendBox).PressAsync("Enter");
        // Nobody is signed in to this bot's console: the honest "busy or away" answer, with the case saved.
        await chat.GetByText("busy or away").Filter(new() { Visible = true }).First.WaitForAsync(new() { Timeout = 30_000 });

        var open = await bot.Services.GetRequiredService<HandoffBot.Agents.SqliteAgentHub>().ListOpenAsync(CancellationToken.None);
        var handoff = Assert.Single(open).Case;
        Assert.Equal("vip-elena", (string?)handoff.Customer?["id"]);
        Assert.Equal("vip", (string?)handoff.Customer?["tier"]);
    }

    private async Task SayAsync(string text)
    {
        var box = _page.Locator(SendBox);
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    private Task SeeAsync(string text, float timeoutMilliseconds = 30_000) =>
        _page.GetByText(text).Filter(new() { Visible = true }).First.WaitForAsync(new() { Timeout = timeoutMilliseconds });

    private Task ScreenshotAsync(string name) =>
        _page.ScreenshotAsync(new() { Path = Path.Combine(Repository.ArtifactsFolder("web-chat"), name + ".png") });
}
