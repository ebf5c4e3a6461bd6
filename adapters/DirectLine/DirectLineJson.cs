using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>Activity JSON as the Bot Framework writes it (Newtonsoft, nulls left out).</summary>
internal static class DirectLineJson
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        // Client input: dates stay as the client wrote them, and nothing deeper than a real activity is accepted.
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 64,
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static Activity? DeserializeActivity(string json) => JsonConvert.DeserializeObject<Activity>(json, Settings);
}
