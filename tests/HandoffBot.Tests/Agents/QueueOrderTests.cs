using HandoffBot.Agents;
using HandoffBot.Handoff;
using Microsoft.Bot.Schema;

namespace HandoffBot.Tests.Agents;

public sealed class QueueOrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_case_that_waited_long_enough_passes_a_newer_slightly_more_urgent_one()
    {
        var old = Entry("old", priority: 30, createdMinutesAgo: 20);
        var fresh = Entry("fresh", priority: 40, createdMinutesAgo: 0);

        var order = QueueOrder.Order([fresh, old], Now, agingPerMinute: 1.5);

        Assert.Equal(["old", "fresh"], order.Select(e => e.HandoffId));
        Assert.Equal(60, QueueOrder.EffectivePriority(old, Now, 1.5));
    }

    [Fact]
    public void Aging_and_reoffer_boosts_never_take_a_case_past_100()
    {
        var waitedAllDay = Entry("long", priority: 90, createdMinutesAgo: 600) with { Boost = 30 };

        Assert.Equal(100, QueueOrder.EffectivePriority(waitedAllDay, Now, 1.5));
    }

    [Fact]
    public void Equal_priorities_are_served_first_come_first_served()
    {
        var first = Entry("first", priority: 50, createdMinutesAgo: 2);
        var second = Entry("second", priority: 50, createdMinutesAgo: 2) with { Case = first.Case with { HandoffId = "second", CreatedUtc = first.Case.CreatedUtc.AddSeconds(1) } };

        Assert.Equal(["first", "second"], QueueOrder.Order([second, first], Now, 0).Select(e => e.HandoffId));
    }

    [Fact]
    public void Demo_passwords_are_stored_hashed_and_verified_in_constant_time()
    {
        var hash = PasswordHashing.Hash("maya-demo");

        Assert.DoesNotContain("maya-demo", hash, StringComparison.Ordinal);
        Assert.True(PasswordHashing.Verify("maya-demo", hash));
        Assert.False(PasswordHashing.Verify("maya-dem0", hash));
        Assert.False(PasswordHashing.Verify("maya-demo", "not-a-hash"));
    }

    private static QueuedCase Entry(string id, int priority, double createdMinutesAgo) => new(
        new HandoffCase
        {
            HandoffId = id,
            Conversation = new ConversationReference(channelId: "emulator", conversation: new ConversationAccount(id: id)),
            Triggers = [new FiredTrigger("human-request", TriggerKind.Explicit, "asked", 1, "billing")],
            Priority = priority,
            Skill = "billing",
            Summary = "summary",
            CreatedUtc = Now.AddMinutes(-createdMinutesAgo),
        },
        "open", QueuedCase.Queued, null, null, null, null, 0, []);
}
