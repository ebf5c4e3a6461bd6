namespace HandoffBot.Integrations;

/// <summary>Options bound from <c>HandoffBot:Integrations</c>: where the links in notifications and tickets point, and the connectors' keys.</summary>
public sealed class IntegrationsOptions
{
    public const string SectionName = "HandoffBot:Integrations";

    /// <summary>The agent console's public address (e.g. <c>https://support.example.com/agent/</c>): links to a case are <c>{ConsoleUrl}#case={id}</c>; none without it.</summary>
    public Uri? ConsoleUrl { get; set; }

    public TeamsWebhookOptions Teams { get; set; } = new();

    public ZendeskOptions Zendesk { get; set; } = new();

    public FreshdeskOptions Freshdesk { get; set; } = new();

    /// <summary>The console's link to a case, when the console's address is known.</summary>
    public Uri? CaseLink(string handoffId) => ConsoleUrl is { IsAbsoluteUri: true } console
        ? new Uri($"{console.GetLeftPart(UriPartial.Path)}#case={Uri.EscapeDataString(handoffId)}")
        : null;
}

/// <summary><c>HandoffBot:Integrations:Teams</c>: a Microsoft Teams incoming webhook (a channel's Workflows "when a Teams webhook request is received", or a legacy connector URL).</summary>
public sealed class TeamsWebhookOptions
{
    public Uri? WebhookUrl { get; set; }
}
