using System.Text.Json.Serialization;

namespace HandoffBot.Agents;

/// <summary>One account in the agents seed file. No <see cref="PasswordHash"/> = a demo account (password <c>&lt;id&gt;-demo</c>).</summary>
public sealed record AgentSeedEntry
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("role")]
    public string Role { get; init; } = AgentAuthentication.AgentRole;

    [JsonPropertyName("skills")]
    public IReadOnlyList<string> Skills { get; init; } = [];

    [JsonPropertyName("capacity")]
    public int Capacity { get; init; } = 3;

    /// <summary>The agent's Microsoft Entra object id (a GUID): who they are on the Teams agent desk, besides their email as UPN.</summary>
    [JsonPropertyName("teamsUserId")]
    public string? TeamsUserId { get; init; }

    /// <summary>A <see cref="PasswordHashing"/> hash (<c>pbkdf2$iterations$salt$hash</c>); absent = demo password.</summary>
    [JsonPropertyName("passwordHash")]
    public string? PasswordHash { get; init; }
}
