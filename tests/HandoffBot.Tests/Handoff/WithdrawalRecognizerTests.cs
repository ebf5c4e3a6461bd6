using HandoffBot.Handoff;

namespace HandoffBot.Tests.Handoff;

/// <summary>What counts as a customer taking back their request while waiting.</summary>
public sealed class WithdrawalRecognizerTests
{
    [Theory]
    [InlineData("never mind, I found it")]
    [InlineData("nevermind")]
    [InlineData("I figured it out, thanks")]
    [InlineData("no longer need help, it's sorted now")]
    [InlineData("we fixed it ourselves")]
    [InlineData("please cancel my request")]
    [InlineData("forget it")]
    public void Withdrawals_are_recognized(string text) => Assert.True(WithdrawalRecognizer.IsWithdrawal(text));

    [Theory]
    [InlineData("I haven't found it anywhere")]
    [InlineData("it's still not fixed")]
    [InlineData("never mind the invoice, the real issue is that my account is locked")]
    [InlineData("don't forget it's urgent")]
    [InlineData("it's about order 10432 by the way")]
    [InlineData("I want to cancel my subscription")]
    public void Other_messages_are_not(string text) => Assert.False(WithdrawalRecognizer.IsWithdrawal(text));
}
