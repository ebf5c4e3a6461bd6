using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Transcripts;

/// <summary>
/// Reads a <c>.transcript</c> file in either shape the spec allows: a bare array of activities or
/// <c>{"transcript":[...]}</c>. Entries without a <c>type</c> are skipped (spec T2008).
/// </summary>
public static class TranscriptFileReader
{
    public static async Task<IReadOnlyList<Activity>> ReadAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var reader = new StreamReader(source, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return await ReadAsync(reader, cancellationToken);
    }

    public static async Task<IReadOnlyList<Activity>> ReadAsync(TextReader source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var json = new JsonTextReader(source) { DateParseHandling = DateParseHandling.None, CloseInput = false };
        var root = await JToken.LoadAsync(json, cancellationToken);

        var entries = root switch
        {
            JArray array => array,
            JObject { } wrapper when wrapper["transcript"] is JArray array => array,
            _ => throw new JsonSerializationException("A .transcript file holds a JSON array or an object with a \"transcript\" array."),
        };

        var serializer = JsonSerializer.Create(TranscriptJson.Settings);
        return entries
            .OfType<JObject>()
            .Where(entry => entry["type"] is JValue { Type: JTokenType.String })
            .Select(entry => entry.ToObject<Activity>(serializer)!)
            .ToList();
    }
}
