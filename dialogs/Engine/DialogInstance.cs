using Newtonsoft.Json;

namespace HandoffBot.Dialogs.Engine;

/// <summary>One entry of a dialog stack: which dialog runs and its persisted state.</summary>
/// <remarks>
/// State values must be plain JSON data: after a reload from storage they come back as
/// JObject, JArray, long or string, so readers convert them explicitly.
/// </remarks>
public class DialogInstance
{
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    [JsonProperty("state")]
    public IDictionary<string, object?> State { get; set; } = new Dictionary<string, object?>();

    /// <summary>Gets or sets the version hash containers use to detect code changes between turns.</summary>
    /// <remarks>PascalCase in JSON like the SDK, which has no attribute on it.</remarks>
    [JsonProperty("Version", NullValueHandling = NullValueHandling.Ignore)]
    public string? Version { get; set; }
}
