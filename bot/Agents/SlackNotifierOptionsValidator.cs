using Microsoft.Extensions.Options;

namespace HandoffBot.Agents;

/// <summary>A webhook URL, when set, must be an absolute http(s) address: a typo stops the start instead of losing notices.</summary>
public sealed class SlackNotifierOptionsValidator : IValidateOptions<SlackNotifierOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackNotifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.WebhookUrl)
            || (Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{SlackNotifierOptions.SectionName}:WebhookUrl must be an absolute http(s) URL, e.g. https://hooks.slack.com/services/...");
    }
}
