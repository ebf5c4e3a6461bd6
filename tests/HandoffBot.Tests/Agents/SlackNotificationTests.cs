namespace HandoffBot.Tests.Agents;

public sealed class SlackNotificationTests : AgentHubHost
{
    private SlackStub _slack = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["HandoffBot:Slack:WebhookUrl"] = _slack.WebhookUrl.ToString(),
    };

    public override async Task InitializeAsync()
    {
        _slack = await SlackStub.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task An_urgent_handoff_is_posted_to_the_slack_webhook_with_text_and_blocks()
    {
        var handoff = await HandOffAsync(Customer("vip-elena"), "the sync keeps failing AGAIN!!! honestly we're looking at your competitors");

        var payload = await _slack.WaitForPostAsync();

        Assert.Contains("Urgent handoff", payload.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Elena Rossi", payload.GetProperty("text").GetString(), StringComparison.Ordinal);
        var blocks = payload.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal("section", blocks[0].GetProperty("type").GetString());
        Assert.Equal("mrkdwn", blocks[0].GetProperty("text").GetProperty("type").GetString());
        Assert.Equal("context", blocks[1].GetProperty("type").GetString());
        Assert.Contains(handoff, blocks[1].GetProperty("elements")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_routine_handoff_is_not_posted_to_slack()
    {
        await HandOffAsync(Customer("trial-ana"), "I'd prefer to speak with a human");
        var urgent = await HandOffAsync(Customer("vip-elena"), "the sync keeps failing AGAIN!!! honestly we're looking at your competitors");

        var payload = await _slack.WaitForPostAsync();

        // Posts go out in order: the first one Slack receives is the urgent case, so the routine one was never sent.
        Assert.Contains(urgent, payload.GetProperty("blocks")[1].GetProperty("elements")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Single(_slack.Received);
    }
}
