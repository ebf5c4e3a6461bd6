using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HandoffBot.Transcripts;

/// <summary>The one JSON shape of stored and exported activities: Bot Framework camelCase, nulls dropped.</summary>
internal static class TranscriptJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Ignore,

        // Strings inside value/channelData stay strings; typed properties such as timestamp still parse.
        DateParseHandling = DateParseHandling.None,
        Culture = CultureInfo.InvariantCulture,
    };

    public static string Serialize(IActivity activity) => JsonConvert.SerializeObject(activity, Formatting.None, Settings);

    public static Activity Deserialize(string json) =>
        JsonConvert.DeserializeObject<Activity>(json, Settings)
        ?? throw new JsonSerializationException("A stored activity is null.");

    /// <summary>A deep copy, so that what is stored can be changed without touching the live activity.</summary>
    public static Activity Clone(IActivity activity) => Deserialize(Serialize(activity));
}
