using Microsoft.Extensions.Options;

namespace HandoffBot.Flows;

/// <summary>Stops the start on a threshold outside (0, 1] or an accounts file that cannot be read.</summary>
public sealed class FlowsOptionsValidator : IValidateOptions<FlowsOptions>
{
    public ValidateOptionsResult Validate(string? name, FlowsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (double.IsNaN(options.Threshold) || options.Threshold <= 0 || options.Threshold > 1)
        {
            failures.Add($"{FlowsOptions.SectionName}:Threshold must be more than 0 and at most 1, was {options.Threshold}.");
        }

        try
        {
            AccountBilling.Load(options.AccountsPath);
        }
        catch (InvalidDataException ex)
        {
            failures.Add(ex.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
