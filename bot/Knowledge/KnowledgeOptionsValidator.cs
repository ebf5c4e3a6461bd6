using Microsoft.Extensions.Options;

namespace HandoffBot.Knowledge;

/// <summary>Stops the start when the knowledge folder is missing or the rebuild delay is out of range, naming the key.</summary>
public sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add($"{KnowledgeOptions.SectionName}:Path is required (a folder of help-center articles).");
        }
        else if (!Directory.Exists(options.Path))
        {
            failures.Add($"{KnowledgeOptions.SectionName}:Path: the folder '{options.Path}' does not exist.");
        }

        if (options.RebuildDelay <= TimeSpan.Zero || options.RebuildDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{KnowledgeOptions.SectionName}:RebuildDelay must be more than zero and at most 00:01:00, was {options.RebuildDelay}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
