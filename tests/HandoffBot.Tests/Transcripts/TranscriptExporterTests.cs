using System.Text;
using HandoffBot.Storage;
using HandoffBot.Tests.Storage;
using HandoffBot.Transcripts;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Transcripts;

public sealed class TranscriptExporterTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Exported_file_is_a_bare_json_array_of_the_stored_activities_and_reads_back()
    {
        // Page size 1 makes the exporter walk several pages.
        var store = new SqliteTranscriptStore(new SqliteDatabase(_db.ConnectionString), TimeProvider.System, pageSize: 1);
        var adapter = new TestAdapter();
        adapter.Use(new TranscriptMiddleware(store, TimeProvider.System));
        await new TestFlow(adapter, async (turnContext, cancellationToken) =>
                await turnContext.SendActivityAsync($"echo {turnContext.Activity.Text}", cancellationToken: cancellationToken))
            .Send("hello").AssertReply("echo hello")
            .Send("cvv 123").AssertReply("echo cvv 123")
            .StartTestAsync();
        var channelId = adapter.Conversation.ChannelId;
        var conversationId = adapter.Conversation.Conversation.Id;

        using var file = new MemoryStream();
        await new TranscriptExporter(store).ExportAsync(channelId, conversationId, file, CancellationToken.None);
        var bytes = file.ToArray();

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "a .transcript file has no BOM");
        var json = Encoding.UTF8.GetString(bytes);
        var array = Assert.IsType<JArray>(JToken.Parse(json));
        Assert.Equal(4, array.Count);
        Assert.All(array, entry => Assert.NotNull(entry["type"]));
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Equal("cvv [redacted]", array[2]["text"]?.ToString());

        file.Position = 0;
        var readBack = await TranscriptFileReader.ReadAsync(file, CancellationToken.None);
        var stored = await AllAsync(store, channelId, conversationId);
        Assert.Equal(stored.Select(a => a.Id), readBack.Select(a => a.Id));
        Assert.Equal(stored.Select(a => a.From.Role), readBack.Select(a => a.From.Role));
        Assert.Equal(stored.Select(a => a.AsMessageActivity().Text), readBack.Select(a => a.Text));
    }

    [Fact]
    public async Task Reader_accepts_the_wrapped_shape_and_skips_entries_without_type()
    {
        const string wrapped = """
            {"transcript":[
              {"type":"message","id":"1","text":"hi","from":{"id":"u","role":"user"}},
              {"id":"2","text":"no type"},
              {"type":"message","id":"3","text":"hello","from":{"id":"b","role":"bot"}}
            ]}
            """;

        var activities = await TranscriptFileReader.ReadAsync(new StringReader(wrapped), CancellationToken.None);

        Assert.Equal(["1", "3"], activities.Select(a => a.Id));
        Assert.Equal(["user", "bot"], activities.Select(a => a.From.Role));
    }

    private static async Task<List<IActivity>> AllAsync(SqliteTranscriptStore store, string channelId, string conversationId)
    {
        var all = new List<IActivity>();
        string? token = null;
        do
        {
            var page = await store.GetTranscriptActivitiesAsync(channelId, conversationId, token);
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return all;
    }
}
