using System.Diagnostics;
using Xunit.Abstractions;

namespace HandoffBot.Tests.Handoff.Detection;

/// <summary>Measures per-message classification latency and prints it; asserts nothing about time (see DESIGN.md, Testing).</summary>
[Collection(DetectionModelCollection.Name)]
public sealed class ClassifierLatencyTests(DetectionModelFixture model, ITestOutputHelper output)
{
    [Fact]
    public void Classifying_200_messages_reports_p50_and_p99_latency()
    {
        string[] messages =
        [
            "put me through to someone from your support team", "cancle my acount", "I don't want to cancel, just downgrade",
            "how do I cancel a shared link?", "what is your refund policy?", "This is UNACCEPTABLE!!! third time I'm asking",
            "my acount was hackd", "hello", "I was billed two times this month, refund me", "how do I export my data to CSV?",
        ];
        model.Classifier.Classify("warm up");
        var timings = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = model.Classifier.Classify(messages[i % messages.Length]);
            stopwatch.Stop();
            Assert.NotNull(result.Label);
            timings.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        var encodeTimings = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            model.Encoder.Encode(messages[i % messages.Length]);
            encodeTimings.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        output.WriteLine($"classify latency over {timings.Count} messages: {Percentiles(timings)}");
        output.WriteLine($"encoder alone, one message per call: {Percentiles(encodeTimings)}");
        Assert.Equal(200, timings.Count);
    }

    private static string Percentiles(List<double> timings)
    {
        timings.Sort();
        return $"p50={timings[timings.Count / 2]:F2} ms p99={timings[(int)(timings.Count * 0.99) - 1]:F2} ms max={timings[^1]:F2} ms";
    }
}
