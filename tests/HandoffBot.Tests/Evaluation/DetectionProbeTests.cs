namespace HandoffBot.Tests.Evaluation;

public sealed class DetectionProbeTests
{
    [Fact]
    public async Task Each_message_gets_the_detectors_verdict_and_the_run_ends_with_a_summary_line()
    {
        using var input = new StringReader("# a comment\nconnect me with your billing people\n\nhow do I reset my password\n");
        using var output = new StringWriter();

        await DetectionProbe.RunAsync(input, output, CancellationToken.None);

        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal(5, lines.Length);
        Assert.Equal("connect me with your billing people", lines[0]);
        Assert.StartsWith("    FIRES human-request: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("how do I reset my password", lines[2]);
        Assert.StartsWith("    no trigger | nearest ", lines[3], StringComparison.Ordinal);
        Assert.Contains("reads as routine", lines[3], StringComparison.Ordinal);
        Assert.Equal("detect fired=1 n=2", lines[4]);
    }
}
