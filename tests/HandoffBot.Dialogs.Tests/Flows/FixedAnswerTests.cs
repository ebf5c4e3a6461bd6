using HandoffBot.Dialogs.Flows;

namespace HandoffBot.Dialogs.Tests.Flows;

public sealed class FixedAnswerTests
{
    [Theory]
    [InlineData("they're on in the app and in android settings, still nothing", false)]
    [InlineData("I RESET IT THREE TIMES. AND IT STILL SAYS WRONG PASSWORD", false)]
    [InlineData("it worked for a minute, now it doesn't", false)]
    [InlineData("works now, thanks", true)]
    [InlineData("that fixed it", true)]
    [InlineData("the link", null)]
    public void Reports_of_what_happened_answer_did_that_fix_it(string text, bool? expected) =>
        Assert.Equal(expected, FixedAnswer.Read(text));

    [Fact]
    public async Task A_report_of_failure_moves_troubleshooting_to_the_next_step()
    {
        var guide = TroubleshootingGuides.Find(TroubleshootingGuides.AppLoading)!;
        var flow = new FlowConversation(new TroubleshootingFlow(), new TroubleshootingOptions(TroubleshootingGuides.AppLoading));
        await flow.SayAsync("the app won't load");

        var next = Assert.Single(await flow.SayAsync("did that, still a blank page"));

        Assert.StartsWith(TroubleshootingFlow.StepText(guide, 1), next, StringComparison.Ordinal);
    }
}
