using Microsoft.Extensions.Options;

namespace HandoffBot.Knowledge.Generative;

/// <summary>Stops the start when generative answers are switched on without what they need, naming the key.</summary>
public sealed class GenerativeOptionsValidator : IValidateOptions<GenerativeOptions>
{
    public ValidateOptionsResult Validate(string? name, GenerativeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{GenerativeOptions.SectionName}:Endpoint must be an absolute http(s) URL (e.g. https://api.openai.com/v1), was '{options.Endpoint}'.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"{GenerativeOptions.SectionName}:Model is required when {GenerativeOptions.SectionName}:Endpoint is set.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(2))
        {
            failures.Add($"{GenerativeOptions.SectionName}:Timeout must be more than zero and at most 00:02:00, was {options.Timeout}.");
        }

        if (options.MaxPassages is < 1 or > 10)
        {
            failures.Add($"{GenerativeOptions.SectionName}:MaxPassages must be between 1 and 10, was {options.MaxPassages}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
