using Microsoft.Extensions.Options;

namespace HandoffBot.Customers;

/// <summary>Stops the start when the seed file is missing or wrong, with a message naming the key, the file and the entry.</summary>
public sealed class CrmOptionsValidator : IValidateOptions<CrmOptions>
{
    public ValidateOptionsResult Validate(string? name, CrmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.LookupTimeout <= TimeSpan.Zero || options.LookupTimeout > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{CrmOptions.SectionName}:LookupTimeout must be more than zero and at most 00:01:00, was {options.LookupTimeout}.");
        }

        if (!string.IsNullOrWhiteSpace(options.SeedPath))
        {
            try
            {
                CustomerSeedFile.Load(options.SeedPath);
            }
            catch (CustomerSeedException ex)
            {
                failures.Add(ex.Message);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
