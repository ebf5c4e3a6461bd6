using Microsoft.Extensions.Options;

namespace HandoffBot.Integrations;

/// <summary>Stops the start on an integration address that cannot work, naming the key.</summary>
public sealed class IntegrationsOptionsValidator : IValidateOptions<IntegrationsOptions>
{
    public ValidateOptionsResult Validate(string? name, IntegrationsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ConsoleUrl is { } console && !IsHttp(console))
        {
            failures.Add($"{IntegrationsOptions.SectionName}:ConsoleUrl must be an absolute http(s) URL, e.g. https://support.example.com/agent/.");
        }

        if (options.Teams.WebhookUrl is { } teams && !IsHttp(teams))
        {
            failures.Add($"{IntegrationsOptions.SectionName}:Teams:WebhookUrl must be an absolute http(s) URL.");
        }

        var zendesk = options.Zendesk;
        if (zendesk.BaseUrl is { } baseUrl && !IsHttp(baseUrl))
        {
            failures.Add($"{IntegrationsOptions.SectionName}:Zendesk:BaseUrl must be an absolute URL, e.g. https://yourcompany.zendesk.com.");
        }

        var zendeskKeys = new[] { zendesk.BaseUrl?.ToString(), zendesk.Email, zendesk.ApiToken }.Count(k => !string.IsNullOrWhiteSpace(k));
        if (zendeskKeys is > 0 and < 3)
        {
            failures.Add($"{IntegrationsOptions.SectionName}:Zendesk needs BaseUrl, Email and ApiToken together (only {zendeskKeys} of them are set).");
        }

        var freshdesk = options.Freshdesk;
        if (freshdesk.BaseUrl is { } freshdeskUrl && !IsHttp(freshdeskUrl))
        {
            failures.Add($"{IntegrationsOptions.SectionName}:Freshdesk:BaseUrl must be an absolute URL, e.g. https://yourcompany.freshdesk.com.");
        }

        if ((freshdesk.BaseUrl is null) != string.IsNullOrWhiteSpace(freshdesk.ApiKey))
        {
            failures.Add($"{IntegrationsOptions.SectionName}:Freshdesk needs BaseUrl and ApiKey together.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }

    private static bool IsHttp(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
