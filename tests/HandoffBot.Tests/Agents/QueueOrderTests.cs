using HandoffBot.Agents;
using HandoffBot.Handoff;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Agents;

public sealed class QueueOrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_case_that_waited_long_enough_passes_a_newer_slightly_more_urgent_one()
    {
        var old = Entry("old", priority: 30, createdMinutesAgo: 20);
        var fresh = Entry("fresh", priority: 40, createdMinutesAgo: 0);

        var order = QueueOrder.Order([fresh, old], Now, agingPerMinute: 1.5, urgentAt: 70);

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
    public void An_anonymous_case_that_waited_all_morning_stays_behind_a_vip_and_an_urgent_case()
    {
        var stale = Entry("stale", priority: 30, createdMinutesAgo: 240);
        var vip = Entry("vip", priority: 40, createdMinutesAgo: 5) with { Case = Entry("vip", 40, 5).Case with { Customer = new JObject { ["tier"] = "vip" } } };
        var urgent = Entry("urgent", priority: 75, createdMinutesAgo: 1);

        var order = QueueOrder.Order([stale, vip, urgent], Now, agingPerMinute: 1.5, urgentAt: 70);

        Assert.Equal(["urgent", "vip", "stale"], order.Select(e => e.HandoffId));
        Assert.Equal(100, QueueOrder.EffectivePriority(stale, Now, 1.5));
    }

    [Fact]
    public void Within_a_band_aging_still_lets_the_longer_wait_pass()
    {
        var olderVip = Entry("older", priority: 40, createdMinutesAgo: 30) with { Case = Entry("older", 40, 30).Case with { Customer = new JObject { ["tier"] = "enterprise" } } };
        var newerVip = Entry("newer", priority: 55, createdMinutesAgo: 0) with { Case = Entry("newer", 55, 0).Case with { Customer = new JObject { ["tier"] = "vip" } } };

        Assert.Equal(["older", "newer"], QueueOrder.Order([newerVip, olderVip], Now, agingPerMinute: 1.5, urgentAt: 70).Select(e => e.HandoffId));
    }

    [Fact]
    public void Equal_priorities_are_served_first_come_first_served()
    {
        var first = Entry("first", priority: 50, createdMinutesAgo: 2);
        var second = Entry("second", priority: 50, createdMinutesAgo: 2) with { Case = first.Case with { HandoffId = "second", CreatedUtc = first.Case.CreatedUtc.AddSeconds(1) } };

        Assert.Equal(["first", "second"], QueueOrder.Order([second, first], Now, 0, urgentAt: 70).Select(e => e.HandoffId));
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
