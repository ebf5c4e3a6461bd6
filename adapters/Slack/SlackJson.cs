using System.Text.Json;

namespace HandoffBot.Adapters.Slack;

/// <summary>Reading Slack's JSON, where any field may be missing or of another type.</summary>
internal static class SlackJson
{
    /// <summary>The string field <paramref name="name"/> of an object; null when absent, not a string, or not an object.</summary>
    /// <remarks>A string with a lone surrogate is valid JSON but not text (GetString refuses it): null too.</remarks>
    public static string? Text(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
