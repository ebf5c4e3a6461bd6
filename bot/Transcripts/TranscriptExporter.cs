using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Transcripts;

/// <summary>
/// Writes one conversation as a Bot Framework Emulator <c>.transcript</c> file: a bare JSON array of activities,
/// UTF-8 without BOM, indented, nulls dropped. The activities are the stored, already masked ones.
/// </summary>
public sealed class TranscriptExporter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ITranscriptStore _store;

    public TranscriptExporter(ITranscriptStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    public async Task ExportAsync(string channelId, string conversationId, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await using var writer = new StreamWriter(destination, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true);
        await ExportAsync(channelId, conversationId, writer, cancellationToken);
    }

    public async Task ExportAsync(string channelId, string conversationId, TextWriter destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(destination);

        var serializer = JsonSerializer.Create(TranscriptJson.Settings);
        await using var json = new JsonTextWriter(destination) { Formatting = Formatting.Indented, CloseOutput = false };
        await json.WriteStartArrayAsync(cancellationToken);

        string? continuationToken = null;
        do
        {
            var page = await GetPageAsync(channelId, conversationId, continuationToken, cancellationToken);
            foreach (var activity in page.Items ?? [])
            {
                // Token by token, asynchronously: a response body (Kestrel) refuses synchronous writes.
                await JToken.FromObject(activity, serializer).WriteToAsync(json, cancellationToken);
            }

            continuationToken = page.ContinuationToken;
        }
        while (continuationToken is not null);

        await json.WriteEndArrayAsync(cancellationToken);
        await json.FlushAsync(cancellationToken);
    }

    private Task<PagedResult<IActivity>> GetPageAsync(
        string channelId, string conversationId, string? continuationToken, CancellationToken cancellationToken) =>
        _store is SqliteTranscriptStore sqlite
            ? sqlite.GetTranscriptActivitiesAsync(channelId, conversationId, continuationToken, default, cancellationToken)
            : _store.GetTranscriptActivitiesAsync(channelId, conversationId, continuationToken);
}
