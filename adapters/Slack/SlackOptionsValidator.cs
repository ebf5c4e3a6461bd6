using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.Slack;

/// <summary>The channel is on with both keys or off with neither; half a configuration stops the start and names what is missing.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasSecret = !string.IsNullOrEmpty(options.SigningSecret);
        var hasToken = !string.IsNullOrEmpty(options.BotToken);
        if (hasSecret && !hasToken)
        {
            failures.Add($"{SlackOptions.SectionName}:BotToken is required when {SlackOptions.SectionName}:SigningSecret is set (the bot user OAuth token, xoxb-...).");
        }

        if (hasToken && !hasSecret)
        {
            failures.Add($"{SlackOptions.SectionName}:SigningSecret is required when {SlackOptions.SectionName}:BotToken is set (Basic Information > App Credentials in the Slack app).");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || !options.ApiBaseUrl.AbsolutePath.EndsWith('/'))
        {
            failures.Add($"{SlackOptions.SectionName}:ApiBaseUrl must be an absolute URL ending in '/', e.g. https://slack.com/api/.");
        }

        if (options.ReplayWindow <= TimeSpan.Zero)
        {
            failures.Add($"{SlackOptions.SectionName}:ReplayWindow must be a positive time span, e.g. 00:05:00.");
        }

        if (options.MaxRequestBytes is < 1024 or > 4 * 1024 * 1024)
        {
            failures.Add($"{SlackOptions.SectionName}:MaxRequestBytes must be between 1024 and 4194304.");
        }

        if (options.QueueCapacity < 1 || options.Workers is < 1 or > 64 || options.SendRetries is < 0 or > 10)
        {
            failures.Add($"{SlackOptions.SectionName}: QueueCapacity must be at least 1, Workers between 1 and 64, SendRetries between 0 and 10.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
