using HandoffBot.FollowUps;
using HandoffBot.Handoff;
using HandoffBot.Storage;
using HandoffBot.Tests.Storage;
using HandoffBot.Tests.TestSupport;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.FollowUps;

/// <summary>The follow-up ticket store on a real SQLite file.</summary>
public sealed class SqliteFollowUpStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _clock = OpenHours.Clock();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_ticket_keeps_everything_the_agent_needs_and_reads_back_by_id()
    {
        var store = NewStore();
        var callback = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);

        var created = await store.CreateAsync(new NewFollowUp(Case("ho_1"), "callback", null, "+1 212 555 0147", callback, FollowUpReasons.Requested), CancellationToken.None);

        var read = await NewStore().GetAsync(created.Id, CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal("FU-0001", read.Id);
        Assert.Equal(("ho_1", "emulator", "conv-ho_1", "cust-7", "Jo Customer", "billing"), (read.HandoffId, read.ChannelId, read.ConversationId, read.CustomerId, read.CustomerName, read.Skill));
        Assert.Equal(("callback", "+1 212 555 0147", callback), (read.ContactMethod, read.Phone, read.CallbackUtc));
        Assert.Equal(("Customer asked about a double charge.", FollowUpTicket.Open, OpenHours.Wednesday), (read.Summary, read.Status, read.CreatedUtc));
    }

    [Fact]
    public async Task A_case_has_one_ticket_however_often_it_is_turned_into_one()
    {
        var store = NewStore();

        var first = await store.CreateAsync(new NewFollowUp(Case("ho_2"), "email", "jo@example.com", null, null, FollowUpReasons.Requested), CancellationToken.None);
        var second = await store.CreateAsync(new NewFollowUp(Case("ho_2"), "none", null, null, null, FollowUpReasons.CustomerLeft), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(await store.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Closing_records_who_and_when_and_filters_the_open_list()
    {
        var store = NewStore();
        var a = await store.CreateAsync(new NewFollowUp(Case("ho_3"), "none", null, null, null, FollowUpReasons.Inactive), CancellationToken.None);
        var b = await store.CreateAsync(new NewFollowUp(Case("ho_4"), "none", null, null, null, FollowUpReasons.Inactive), CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));

        var closed = await store.CloseAsync(a.Id, "agent-sam", CancellationToken.None);

        Assert.Equal((FollowUpTicket.Closed, "agent-sam", OpenHours.Wednesday.AddHours(1)), (closed!.Status, closed.ClosedBy, closed.ClosedUtc));
        Assert.Equal([b.Id], (await store.ListAsync(FollowUpTicket.Open, CancellationToken.None)).Select(t => t.Id));
        Assert.Equal([b.Id, a.Id], (await store.ListAsync(null, CancellationToken.None)).Select(t => t.Id));
    }

    [Theory]
    [InlineData("FU-9999")]
    [InlineData("not-a-ticket")]
    [InlineData("FU-")]
    public async Task Unknown_ids_are_not_found(string id)
    {
        var store = NewStore();

        Assert.Null(await store.GetAsync(id, CancellationToken.None));
        Assert.Null(await store.CloseAsync(id, "agent-sam", CancellationToken.None));
    }

    private SqliteFollowUpStore NewStore() => new(new SqliteDatabase(_db.ConnectionString), _clock);

    private static HandoffCase Case(string id) => new()
    {
        HandoffId = id,
        Conversation = new ConversationReference
        {
            ChannelId = "emulator",
            Conversation = new ConversationAccount(id: "conv-" + id),
            User = new ChannelAccount("user-1", "User"),
        },
        Triggers = [new FiredTrigger("billing-dispute", TriggerKind.Explicit, "\"charged twice\"", 1, "billing")],
        Priority = 45,
        Skill = "billing",
        Customer = new JObject { ["id"] = "cust-7", ["name"] = "Jo Customer", ["email"] = "jo@example.com" },
        Summary = "Customer asked about a double charge.",
        CreatedUtc = OpenHours.Wednesday,
    };
}
