using HandoffBot.Agents;
using HandoffBot.Handoff;
using HandoffBot.Storage;
using HandoffBot.Tests.Storage;
using Microsoft.Bot.Schema;

namespace HandoffBot.Tests.Agents;

public sealed class SqliteAgentHubTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_conversation_has_at_most_one_open_case_even_when_two_processes_open_one()
    {
        var first = NewHub();
        var second = NewHub();

        var opened = await Task.WhenAll(
            first.OpenAsync(NewCase("conv-1", "billing"), CancellationToken.None),
            second.OpenAsync(NewCase("conv-1", "technical"), CancellationToken.None));

        Assert.Equal(opened[0].HandoffId, opened[1].HandoffId);
        Assert.Equal(opened[0].HandoffId, (await first.FindOpenAsync("emulator", "conv-1", CancellationToken.None))!.HandoffId);
    }

    [Fact]
    public async Task Messages_sent_while_waiting_are_kept_in_order_with_the_case()
    {
        var hub = NewHub();
        var handoff = await hub.OpenAsync(NewCase("conv-2", "billing"), CancellationToken.None);

        await hub.AppendCustomerMessageAsync(handoff.HandoffId, MessageFactory("also, it was order 10432"), CancellationToken.None);
        await hub.AppendCustomerMessageAsync(handoff.HandoffId, MessageFactory("are you there?"), CancellationToken.None);

        var messages = await NewHub().GetCustomerMessagesAsync(handoff.HandoffId, CancellationToken.None);
        Assert.Equal(["also, it was order 10432", "are you there?"], messages.Select(m => m.Text));
    }

    [Fact]
    public async Task A_closed_case_lets_the_conversation_open_a_new_one_and_keeps_its_context()
    {
        var hub = NewHub();
        var first = await hub.OpenAsync(NewCase("conv-3", "billing"), CancellationToken.None);
        await hub.CloseAsync(first.HandoffId, "completed", CancellationToken.None);

        var second = await hub.OpenAsync(NewCase("conv-3", "security"), CancellationToken.None);

        Assert.NotEqual(first.HandoffId, second.HandoffId);
        var stored = await hub.FindOpenAsync("emulator", "conv-3", CancellationToken.None);
        Assert.Equal("security", stored!.Skill);
        Assert.Equal("explicit.human", stored.Reason);
        Assert.Equal("10432", Assert.Single(stored.Entities).Value);
    }

    [Fact]
    public async Task The_expected_wait_grows_with_the_cases_ahead_and_shrinks_with_free_agents()
    {
        var database = new SqliteDatabase(_db.ConnectionString);
        var agents = new SqliteAgentDirectory(database);
        var hub = new SqliteAgentHub(database, TimeProvider.System, agents);
        var cases = new List<HandoffCase>();
        for (var i = 0; i < 4; i++)
        {
            cases.Add(await hub.OpenAsync(NewCase($"conv-wait-{i}", "billing") with { CreatedUtc = DateTimeOffset.UtcNow.AddSeconds(i) }, CancellationToken.None));
        }

        var unstaffed = await hub.EstimateWaitAsync(cases[3], CancellationToken.None);
        await agents.UpsertAsync(new AgentSeedEntry { Id = "maya", Name = "Maya", Skills = ["billing"], Capacity = 2 }, CancellationToken.None);
        await agents.SetPresenceAsync("maya", AgentPresence.Available, CancellationToken.None);
        var staffed = await hub.EstimateWaitAsync(cases[3], CancellationToken.None);
        var first = await hub.EstimateWaitAsync(cases[0], CancellationToken.None);

        Assert.Equal(SqliteAgentHub.PickUpTime + (SqliteAgentHub.AverageHandleTime * 4), unstaffed);
        Assert.Equal(SqliteAgentHub.PickUpTime + (SqliteAgentHub.AverageHandleTime * 2), staffed);
        Assert.Equal(SqliteAgentHub.PickUpTime, first);
        Assert.Equal(1, await agents.CountAvailableAsync("billing", CancellationToken.None));
        Assert.Equal(0, await agents.CountAvailableAsync("security", CancellationToken.None));
    }

    private SqliteAgentHub NewHub() => new(new SqliteDatabase(_db.ConnectionString), TimeProvider.System);

    private static Activity MessageFactory(string text) => new(ActivityTypes.Message) { Text = text };

    private static HandoffCase NewCase(string conversationId, string skill) => new()
    {
        HandoffId = "ho_" + Guid.NewGuid().ToString("n"),
        Conversation = new ConversationReference(channelId: "emulator", conversation: new ConversationAccount(id: conversationId), serviceUrl: "http://127.0.0.1:1"),
        Triggers = [new FiredTrigger("explicit.human", TriggerKind.Explicit, "asked for a person", 0.93, skill)],
        Priority = 40,
        Skill = skill,
        Summary = "Customer asked for a person.",
        Entities = [new KeyEntity(KeyEntityExtractor.Reference, "order 10432", "10432")],
        CreatedUtc = DateTimeOffset.UtcNow,
    };
}
