using HandoffBot.Tests.TestSupport;
using Microsoft.Playwright;

namespace HandoffBot.Tests.Agents;

[Collection(BrowserCollection.Name)]
public sealed class AgentConsolePageTests(BrowserFixture browser) : AgentHubHost
{
    [Fact]
    public async Task An_agent_signs_in_sees_the_case_with_its_context_accepts_and_the_customer_gets_the_reply()
    {
        var customer = Customer("std-ben");
        await customer.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Source: [");
        var handoff = await HandOffAsync(customer, "can I talk to a real person please");
        await customer.SendAsync("it's about invoice 10432, I was charged twice");
        var page = await browser.NewPageAsync(Host.BaseAddress);

        await page.GotoAsync("/agent/");
        await page.FillAsync("#agent-id", "maya");
        await page.FillAsync("#password", "maya-demo");
        await page.ClickAsync("#signin-button");
        await page.ClickAsync($"tr[data-handoff-id='{handoff}']");

        await Assertions.Expect(page.Locator("#case-summary")).ToContainTextAsync("real person");
        await Assertions.Expect(page.Locator("#case-triggers")).ToContainTextAsync("human-request");
        // The evidence quotes the customer once, in its own quotation marks, with no second pair around them.
        await Assertions.Expect(page.Locator("#case-triggers")).ToContainTextAsync("): \"can I talk to a real person please\"");
        await Assertions.Expect(page.Locator("#case-triggers q")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#case-customer")).ToContainTextAsync("Ben Carter");
        await Assertions.Expect(page.Locator("#chat")).ToContainTextAsync("invoice 10432");
        // The bot's answer in the transcript reads as it did for the customer: Markdown rendered, its link a link.
        await Assertions.Expect(page.Locator("#case-transcript a[href='https://help.tasklane.example/articles/reset-your-password']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#case-transcript")).Not.ToContainTextAsync("**");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.ArtifactsFolder("agent-console"), "case.png"), FullPage = true });

        await page.ClickAsync("#accept");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Maya Ortiz has joined");
        await Assertions.Expect(page.Locator("#reply-text")).ToBeEnabledAsync();
        await page.FillAsync("#reply-text", "Hi Ben, I'm looking at the double charge on 10432 now.");
        await page.ClickAsync("#reply-send");

        var reply = await Listener.WaitForMessageAsync(customer.ConversationId, "double charge on 10432");
        Assert.Equal("Maya Ortiz", reply.Activity.From.Name);
        await customer.SendAsync("thank you!");
        await Assertions.Expect(page.Locator("#chat")).ToContainTextAsync("thank you!");

        await page.ClickAsync("#resolve-form button");
        await Listener.WaitForMessageAsync(customer.ConversationId, "how would you rate");
        // A resolved case takes no more replies, transfers or resolutions.
        await Assertions.Expect(page.Locator("#reply-send")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#resolve-form button")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#transfer-form button")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_link_to_a_case_from_a_notification_opens_that_case_after_sign_in()
    {
        var handoff = await HandOffAsync(Customer("std-ben"), "can I talk to a real person please");
        var page = await browser.NewPageAsync(Host.BaseAddress);

        await page.GotoAsync($"/agent/#case={handoff}");
        await page.FillAsync("#agent-id", "maya");
        await page.FillAsync("#password", "maya-demo");
        await page.ClickAsync("#signin-button");

        await Assertions.Expect(page.Locator("#case-summary")).ToContainTextAsync("real person");
        await Assertions.Expect(page.Locator($"tr[data-handoff-id='{handoff}'].selected")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Markup_from_a_customer_and_from_an_agent_is_shown_as_text_and_nothing_runs_under_the_pages_csp()
    {
        string[] payloads =
        [
            "<img src=x onerror=\"window.__pwned=1\">",
            "<script>window.__pwned=2</script>",
            "[click me](javascript:window.__pwned=3)",
        ];
        var customer = Customer("std-ben");
        var handoff = await HandOffAsync(customer, "can I talk to a real person please");
        foreach (var payload in payloads)
        {
            await customer.SendAsync(payload);
        }

        var page = await browser.NewPageAsync(Host.BaseAddress);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync("/agent/");
        await page.FillAsync("#agent-id", "maya");
        await page.FillAsync("#password", "maya-demo");
        await page.ClickAsync("#signin-button");
        await page.ClickAsync($"tr[data-handoff-id='{handoff}']");
        await page.ClickAsync("#accept");
        await page.FillAsync("#reply-text", "<img src=y onerror=\"window.__pwned=4\"> from the agent");
        await page.ClickAsync("#reply-send");

        await Assertions.Expect(page.Locator("#chat")).ToContainTextAsync("<img src=y onerror=");
        foreach (var payload in payloads[..2])
        {
            await Assertions.Expect(page.Locator("#chat")).ToContainTextAsync(payload);
        }

        foreach (var link in await page.Locator("#chat a, #case-transcript a").AllAsync())
        {
            Assert.DoesNotContain("javascript:", await link.GetAttributeAsync("href") ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(0, await page.Locator("#chat img, #chat script").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        Assert.Empty(violations);
        var csp = (await page.GotoAsync("/agent/"))!.Headers["content-security-policy"];
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
    }
}
