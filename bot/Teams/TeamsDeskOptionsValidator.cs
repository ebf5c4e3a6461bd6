using Microsoft.Extensions.Options;

namespace HandoffBot.Teams;

/// <summary>With a channel configured, the Teams service address and the tenant are required, and each is named when missing.</summary>
public sealed class TeamsDeskOptionsValidator : IValidateOptions<TeamsDeskOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsDeskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.ServiceUrl is not { IsAbsoluteUri: true } || options.ServiceUrl.Scheme is not ("https" or "http"))
        {
            failures.Add($"{TeamsDeskOptions.SectionName}:ServiceUrl is required when a channel is set: the Teams service address of the agents' team, e.g. https://smba.trafficmanager.net/emea/.");
        }

        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add($"{TeamsDeskOptions.SectionName}:TenantId is required when a channel is set: the Microsoft 365 tenant of the agents' team.");
        }

        if (options.ConsoleUrl is { IsAbsoluteUri: false })
        {
            failures.Add($"{TeamsDeskOptions.SectionName}:ConsoleUrl must be an absolute URL, e.g. https://support.example.com/agent/.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
