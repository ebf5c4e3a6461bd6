namespace HandoffBot.Integrations;

/// <summary><c>HandoffBot:Integrations:Freshdesk</c>: <see cref="BaseUrl"/> (<c>https://{domain}.freshdesk.com</c>) and an agent's <see cref="ApiKey"/> (a secret). Off unless both are set.</summary>
public sealed class FreshdeskOptions
{
    public Uri? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    public bool IsConfigured => BaseUrl is { IsAbsoluteUri: true } && !string.IsNullOrWhiteSpace(ApiKey);
}
