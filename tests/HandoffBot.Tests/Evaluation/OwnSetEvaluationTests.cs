namespace HandoffBot.Tests.Evaluation;

/// <summary>
/// The project's own labeled set (tests/Evaluation/sets/tasklane), played through the real bot over HTTP as the
/// evaluation command does, held to the bar (precision ≥ 0.95, recall ≥ 0.98; measured 0.968 / 0.984 on
/// 2026-11-29), so that no change makes handoff decisions worse unnoticed.
/// </summary>
public sealed class OwnSetEvaluationTests
{
    private const double PrecisionFloor = 0.95;
    private const double RecallFloor = 0.98;

    [Fact]
    public async Task Own_set_handoff_quality_does_not_fall_below_the_measured_floor()
    {
        var set = Path.Combine(Repository.Root, "tests", "Evaluation", "sets", "tasklane");
        using var log = new StringWriter();

        var result = await HandoffEvaluator.RunAsync(set, log, CancellationToken.None);

        Assert.True(
            result.Precision >= PrecisionFloor && result.Recall >= RecallFloor,
            $"{result.SummaryLine}{Environment.NewLine}{log}");
    }
}
