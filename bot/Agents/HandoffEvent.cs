using System.Text.Json;

namespace HandoffBot.Agents;

/// <summary>One measured moment of a handoff (<see cref="HandoffEventKind"/>), with who and any detail as JSON.</summary>
public sealed record HandoffEvent(string HandoffId, string Kind, string? AgentId, string? Data, DateTimeOffset CreatedUtc)
{
    /// <summary>The customer's rating (1–5) of a <see cref="HandoffEventKind.Csat"/> event; null for any other, or unreadable data.</summary>
    public int? Rating
    {
        get
        {
            if (Kind != HandoffEventKind.Csat || Data is null)
            {
                return null;
            }

            try
            {
                using var json = JsonDocument.Parse(Data);
                return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("rating", out var rating) && rating.TryGetInt32(out var value)
                    ? value
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
