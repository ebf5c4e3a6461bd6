using HandoffBot.Handoff.Detection;
using HandoffBot.Handoff.Rulebook;

namespace HandoffBot.Tests.Handoff.Detection;

public sealed class ExamplePoolTests
{
    [Fact]
    public async Task The_shipped_pool_covers_every_trigger_of_the_shipped_rulebook_and_routine_questions()
    {
        var rulebook = await RulebookLoader.LoadFileAsync(Path.Combine(AppContext.BaseDirectory, "rulebook.yaml"), CancellationToken.None);
        var pool = ExamplePool.Shipped();

        var labels = pool.Labels.ToHashSet(StringComparer.Ordinal);
        Assert.Contains("routine", labels);
        Assert.All(rulebook.ExplicitTriggers.Select(t => t.Name).Concat(rulebook.Boundaries.Select(b => b.Name)), name => Assert.Contains(name, labels));
        Assert.All(labels, label => Assert.True(pool.Training.Count(e => e.Label == label) >= 15, $"{label} has too few training utterances"));
    }

    [Fact]
    public void An_action_line_becomes_one_utterance_per_request_frame()
    {
        var pool = ExamplePool.Parse(new Dictionary<string, string>
        {
            ["frames"] = "# frames\nI want to {0}\ncould someone from your team {0}\n",
            ["cancellation"] = "> close my account\ncancel my subscription\n",
        });

        var all = pool.Training.Concat(pool.HeldOut).Select(e => e.Text).ToList();
        Assert.Equal(["I want to close my account", "cancel my subscription", "could someone from your team close my account"], all.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void About_a_fifth_is_held_out_the_same_way_every_time_and_never_half_a_frame()
    {
        var pool = ExamplePool.Shipped();
        var again = ExamplePool.Shipped();

        var share = (double)pool.HeldOut.Count / (pool.HeldOut.Count + pool.Training.Count);
        Assert.InRange(share, 0.1, 0.3);
        Assert.Equal(pool.HeldOut, again.HeldOut);
        Assert.Empty(pool.HeldOut.Select(e => e.Text).Intersect(pool.Training.Select(e => e.Text)));
    }

    [Fact]
    public void An_action_line_without_frames_is_refused_by_name()
    {
        var error = Assert.Throws<FormatException>(() => ExamplePool.Parse(new Dictionary<string, string> { ["refund-demand"] = "> refund me\n" }));

        Assert.Contains("refund-demand", error.Message, StringComparison.Ordinal);
    }
}
