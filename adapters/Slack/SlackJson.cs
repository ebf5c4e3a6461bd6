using System.Text.Json;

namespace HandoffBot.Adapters.Slack;

/// <summary>Reading Slack's JSON, where any field may be missing or of another type.</summary>
internal static class SlackJson
{
    /// <summary>The string field <paramref name="name"/> of an object; null when absent, not a string, or not an object.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
