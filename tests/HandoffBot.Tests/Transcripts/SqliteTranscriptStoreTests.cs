using HandoffBot.Storage;
using HandoffBot.Tests.Storage;
using HandoffBot.Transcripts;
using Microsoft.Bot.Schema;

namespace HandoffBot.Tests.Transcripts;

public sealed class SqliteTranscriptStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();
    private readonly SqliteTranscriptStore _store;

    public SqliteTranscriptStoreTests()
    {
        _store = new SqliteTranscriptStore(new SqliteDatabase(_db.ConnectionString), TimeProvider.System, pageSize: 2);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Activities_are_paged_in_order_with_continuation_tokens()
    {
        for (var i = 0; i < 5; i++)
        {
            await _store.LogActivityAsync(Message("web", "c1", i), CancellationToken.None);
            await _store.LogActivityAsync(Message("web", "other", i), CancellationToken.None);
        }

        var texts = new List<string>();
        var pages = 0;
        string? token = null;
        do
        {
            var page = await _store.GetTranscriptActivitiesAsync("web", "c1", token);
            texts.AddRange(page.Items.Select(a => a.AsMessageActivity().Text));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], texts);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Start_date_filters_out_older_activities()
    {
        for (var i = 0; i < 4; i++)
        {
            await _store.LogActivityAsync(Message("web", "c1", i), CancellationToken.None);
        }

        var page = await _store.GetTranscriptActivitiesAsync("web", "c1", null, Start.AddMinutes(2));

        Assert.Equal(["m2", "m3"], page.Items.Select(a => a.AsMessageActivity().Text));
    }

    [Fact]
    public async Task Conversations_are_listed_in_pages_and_deleted_per_conversation()
    {
        foreach (var conversation in new[] { "a", "b", "c" })
        {
            await _store.LogActivityAsync(Message("web", conversation, 0), CancellationToken.None);
        }

        await _store.LogActivityAsync(Message("slack", "z", 0), CancellationToken.None);

        var first = await _store.ListTranscriptsAsync("web");
        var second = await _store.ListTranscriptsAsync("web", first.ContinuationToken);
        Assert.Equal(["a", "b"], first.Items.Select(t => t.Id));
        Assert.Equal(["c"], second.Items.Select(t => t.Id));
        Assert.Null(second.ContinuationToken);
        Assert.Equal(Start, first.Items[0].Created);

        await _store.DeleteTranscriptAsync("web", "b");
        Assert.Empty((await _store.GetTranscriptActivitiesAsync("web", "b")).Items);
        Assert.Single((await _store.GetTranscriptActivitiesAsync("web", "a")).Items);
    }

    private static Activity Message(string channelId, string conversationId, int n) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{conversationId}-{n}",
        ChannelId = channelId,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("user1", role: "user"),
        Text = $"m{n}",
        Timestamp = Start.AddMinutes(n),
    };
}
