namespace HandoffBot.Integrations;

/// <summary>
/// <c>HandoffBot:Integrations:Zendesk</c>: <see cref="BaseUrl"/> (<c>https://{subdomain}.zendesk.com</c>), the agent
/// <see cref="Email"/> the API token belongs to, and the <see cref="ApiToken"/> (a secret). Off unless all three are set.
/// </summary>
public sealed class ZendeskOptions
{
    public Uri? BaseUrl { get; set; }

    public string? Email { get; set; }

    public string? ApiToken { get; set; }

    public bool IsConfigured => BaseUrl is { IsAbsoluteUri: true } && !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrWhiteSpace(ApiToken);
}
