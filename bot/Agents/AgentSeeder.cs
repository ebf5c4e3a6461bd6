using System.Text.Json;
using Microsoft.Extensions.Options;

namespace HandoffBot.Agents;

/// <summary>Upserts the accounts of <c>HandoffBot:Agents:SeedPath</c> at start; a bad file stops the start with the reason.</summary>
public sealed partial class AgentSeeder(SqliteAgentDirectory directory, IOptions<AgentOptions> options, ILogger<AgentSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = options.Value.SeedPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        IReadOnlyList<AgentSeedEntry> entries;
        try
        {
            await using var file = File.OpenRead(path);
            entries = await JsonSerializer.DeserializeAsync<List<AgentSeedEntry>>(file, cancellationToken: cancellationToken) ?? [];
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cannot read the agent accounts '{path}' ({AgentOptions.SectionName}:SeedPath): {ex.Message}", ex);
        }

        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || entry.Capacity < 1 || entry.Role is not (AgentAuthentication.AgentRole or AgentAuthentication.SupervisorRole))
            {
                throw new InvalidOperationException(
                    $"Agent '{entry.Id}' in '{path}' needs an id, a capacity of at least 1 and the role 'agent' or 'supervisor'.");
            }

            if (entry.TeamsUserId is { } teamsUserId && !Guid.TryParse(teamsUserId, out _))
            {
                throw new InvalidOperationException(
                    $"Agent '{entry.Id}' in '{path}': teamsUserId '{teamsUserId}' is not a Microsoft Entra object id (a GUID such as 00000000-0000-0000-0000-000000000000).");
            }

            await directory.UpsertAsync(entry, cancellationToken);
        }

        LogSeeded(logger, entries.Count, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent accounts seeded: {Count} from {SeedPath}")]
    private static partial void LogSeeded(ILogger logger, int count, string seedPath);
}
