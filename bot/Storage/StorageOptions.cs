namespace HandoffBot.Storage;

/// <summary>Options bound from <c>HandoffBot:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "HandoffBot:Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite connection string; the default (a file under the content root's App_Data) is set at registration.</summary>
    public string Sqlite { get; set; } = string.Empty;

    /// <summary>Npgsql connection string, for the PostgreSQL store of a later issue.</summary>
    public string? Postgres { get; set; }
}
