using HandoffBot.Storage;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Storage;

public sealed class SqliteStorageTests : IDisposable
{
    private const string Key = "test/conversations/convo1";
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Missing_database_file_and_folder_are_created_on_first_use()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_db.FilePath)));
        var storage = new SqliteStorage(_db.ConnectionString);

        var items = await storage.ReadAsync([Key], CancellationToken.None);

        Assert.Empty(items);
        Assert.True(File.Exists(_db.FilePath));
        await storage.PingAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Write_read_delete_round_trip_returns_JObject_with_eTag_and_stores_no_type_names()
    {
        var storage = new SqliteStorage(_db.ConnectionString);
        var note = new CaseNote { Topic = "refund", Attempts = 2, Details = new Dictionary<string, object> { ["inner"] = new CaseNote { Topic = "nested" } } };

        await storage.WriteAsync(new Dictionary<string, object> { [Key] = note }, CancellationToken.None);
        var items = await storage.ReadAsync([Key, "absent"], CancellationToken.None);

        var item = Assert.IsType<JObject>(Assert.Single(items).Value);
        Assert.Equal("refund", item.Value<string>("Topic"));
        Assert.Equal(2, item.Value<int>("Attempts"));
        Assert.False(string.IsNullOrEmpty(item.Value<string>("eTag")));
        Assert.Equal(note.ETag, item.Value<string>("eTag"));
        Assert.Equal("nested", item.ToObject<CaseNote>()!.Details!["inner"] is JObject inner ? inner.Value<string>("Topic") : null);

        var raw = _db.ReadRawStateJson(Key);
        Assert.NotNull(raw);
        Assert.DoesNotContain("$type", raw, StringComparison.Ordinal);
        Assert.Null(JObject.Parse(raw).Property("ETag", StringComparison.OrdinalIgnoreCase));

        await storage.DeleteAsync([Key], CancellationToken.None);
        Assert.Empty(await storage.ReadAsync([Key], CancellationToken.None));
    }

    [Fact]
    public async Task Write_with_a_stale_eTag_throws_and_keeps_the_newer_value()
    {
        var storage = new SqliteStorage(_db.ConnectionString);
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["n"] = 0 } }, CancellationToken.None);

        var read = (JObject)(await storage.ReadAsync([Key], CancellationToken.None))[Key];
        var staleETag = read.Value<string>("eTag");
        read["n"] = 1;
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = read }, CancellationToken.None);
        Assert.NotEqual(staleETag, read.Value<string>("eTag"));

        var stale = new JObject { ["n"] = 2, ["eTag"] = staleETag };
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync(new Dictionary<string, object> { [Key] = stale }, CancellationToken.None));

        Assert.Equal(Key, conflict.Key);
        Assert.Contains(Key, conflict.Message, StringComparison.Ordinal);
        var stored = (JObject)(await storage.ReadAsync([Key], CancellationToken.None))[Key];
        Assert.Equal(1, stored.Value<int>("n"));
    }

    [Fact]
    public async Task Creating_an_item_another_writer_created_first_is_a_conflict()
    {
        // Two first turns of a new conversation: both read nothing, so both write without an eTag.
        var first = new SqliteStorage(_db.ConnectionString);
        var second = new SqliteStorage(_db.ConnectionString);
        await first.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["by"] = "first" } }, CancellationToken.None);

        await Assert.ThrowsAsync<StorageConflictException>(
            () => second.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["by"] = "second" } }, CancellationToken.None));

        var stored = (JObject)(await first.ReadAsync([Key], CancellationToken.None))[Key];
        Assert.Equal("first", stored.Value<string>("by"));
    }

    [Fact]
    public async Task Star_eTag_overwrites_whatever_is_stored()
    {
        var storage = new SqliteStorage(_db.ConnectionString);
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["n"] = 1 } }, CancellationToken.None);

        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["n"] = 9, ["eTag"] = "*" } }, CancellationToken.None);

        var stored = (JObject)(await storage.ReadAsync([Key], CancellationToken.None))[Key];
        Assert.Equal(9, stored.Value<int>("n"));
    }

    [Fact]
    public async Task Store_item_gets_its_new_eTag_and_a_second_write_with_it_succeeds()
    {
        var storage = new SqliteStorage(_db.ConnectionString);
        var note = new CaseNote { Topic = "a" };
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = note }, CancellationToken.None);
        var first = note.ETag;

        note.Topic = "b";
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = note }, CancellationToken.None);

        Assert.NotNull(first);
        Assert.NotEqual(first, note.ETag);
    }

    [Fact]
    public async Task A_conflicting_batch_writes_nothing()
    {
        var storage = new SqliteStorage(_db.ConnectionString);
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["n"] = 1 } }, CancellationToken.None);

        var batch = new Dictionary<string, object>
        {
            ["other"] = new JObject { ["n"] = 1 },
            [Key] = new JObject { ["n"] = 2, ["eTag"] = "not-the-current-one" },
        };
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(batch, CancellationToken.None));

        Assert.Empty(await storage.ReadAsync(["other"], CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_read_modify_write_from_two_store_instances_loses_no_update()
    {
        await new SqliteStorage(_db.ConnectionString)
            .WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["count"] = 0 } }, CancellationToken.None);
        var conflicts = 0;

        async Task IncrementFiftyTimesAsync()
        {
            // Each task has its own store (and database object), as two bot processes on one file would.
            var storage = new SqliteStorage(_db.ConnectionString);
            for (var i = 0; i < 50; i++)
            {
                while (true)
                {
                    var item = (JObject)(await storage.ReadAsync([Key], CancellationToken.None))[Key];
                    item["count"] = item.Value<int>("count") + 1;
                    try
                    {
                        await storage.WriteAsync(new Dictionary<string, object> { [Key] = item }, CancellationToken.None);
                        break;
                    }
                    catch (StorageConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        }

        await Task.WhenAll(Task.Run(IncrementFiftyTimesAsync), Task.Run(IncrementFiftyTimesAsync));

        var final = (JObject)(await new SqliteStorage(_db.ConnectionString).ReadAsync([Key], CancellationToken.None))[Key];
        Assert.Equal(100, final.Value<int>("count"));
    }

    private sealed class CaseNote : Microsoft.Bot.Builder.IStoreItem
    {
        public string? Topic { get; set; }

        public int Attempts { get; set; }

        public Dictionary<string, object>? Details { get; set; }

        public string? ETag { get; set; }
    }
}
