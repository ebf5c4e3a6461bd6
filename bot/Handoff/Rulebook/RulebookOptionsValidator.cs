using Microsoft.Extensions.Options;

namespace HandoffBot.Handoff.Rulebook;

/// <summary>Stops the start with a message that names <c>HandoffBot:Rulebook:Path</c> when the file is not there.</summary>
public sealed class RulebookOptionsValidator : IValidateOptions<RulebookOptions>
{
    public ValidateOptionsResult Validate(string? name, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add($"{RulebookOptions.SectionName}:Path must name the handoff rulebook YAML file (default: {RulebookOptions.DefaultFileName} next to the app).");
        }
        else if (!File.Exists(options.Path))
        {
            failures.Add($"{RulebookOptions.SectionName}:Path: the handoff rulebook file \"{options.Path}\" does not exist.");
        }

        if (options.ReloadDebounce < TimeSpan.Zero || options.ReloadDebounce > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{RulebookOptions.SectionName}:ReloadDebounce must be between 00:00:00 and 00:01:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
