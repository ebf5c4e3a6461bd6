using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HandoffBot.Storage;

/// <summary>Stops the start with a message that names the offending key.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.Provider == StorageProvider.Postgres)
        {
            failures.Add($"{StorageOptions.SectionName}:Provider=Postgres is not available yet; use Sqlite.");
        }
        else if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"{StorageOptions.SectionName}:Provider must be Sqlite.");
        }

        if (string.IsNullOrWhiteSpace(options.Sqlite))
        {
            failures.Add($"{StorageOptions.SectionName}:Sqlite must be a SQLite connection string (e.g. \"Data Source=App_Data/handoffbot.db\").");
        }
        else
        {
            try
            {
                var builder = new SqliteConnectionStringBuilder(options.Sqlite);
                if (string.IsNullOrWhiteSpace(builder.DataSource))
                {
                    failures.Add($"{StorageOptions.SectionName}:Sqlite has no Data Source.");
                }
            }
            catch (ArgumentException ex)
            {
                failures.Add($"{StorageOptions.SectionName}:Sqlite is not a valid SQLite connection string: {ex.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
