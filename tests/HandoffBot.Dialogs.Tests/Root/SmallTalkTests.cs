using HandoffBot.Dialogs.Root;

namespace HandoffBot.Dialogs.Tests.Root;

public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("hi", SmallTalkKind.Greeting)]
    [InlineData("Hello there!", SmallTalkKind.Greeting)]
    [InlineData("hiiii", SmallTalkKind.Greeting)]
    [InlineData("good morning :)", SmallTalkKind.Greeting)]
    [InlineData("How's it going?", SmallTalkKind.Greeting)]
    [InlineData("thanks!", SmallTalkKind.Thanks)]
    [InlineData("ok thank you so much", SmallTalkKind.Thanks)]
    [InlineData("great, that helped", SmallTalkKind.Thanks)]
    [InlineData("bye", SmallTalkKind.Goodbye)]
    [InlineData("that's all, have a nice day", SmallTalkKind.Goodbye)]
    [InlineData("thanks, bye", SmallTalkKind.ThanksAndGoodbye)]
    [InlineData("hello? is anyone there?", SmallTalkKind.AnyoneThere)]
    [InlineData("are you still there?", SmallTalkKind.AnyoneThere)]
    [InlineData("are you a bot?", SmallTalkKind.BotQuestion)]
    [InlineData("hi, am I talking to a real person?", SmallTalkKind.BotQuestion)]
    public void Everyday_conversation_is_read_as_small_talk(string text, SmallTalkKind kind) =>
        Assert.Equal(kind, SmallTalk.Read(text));

    [Theory]
    [InlineData("hi, where is order TL-20931?")]
    [InlineData("thanks, but how do I export my data?")]
    [InlineData("hello I need a refund")]
    [InlineData("can anyone help me with billing")]
    [InlineData("I want to talk to a human")]
    [InlineData("bye for now, cancel my account")]
    [InlineData("ok")]
    [InlineData("yes")]
    [InlineData("")]
    [InlineData(null)]
    public void A_message_with_anything_else_in_it_is_not_small_talk(string? text) =>
        Assert.Null(SmallTalk.Read(text));

    [Fact]
    public void Every_kind_has_a_short_reply_of_its_own()
    {
        var replies = Enum.GetValues<SmallTalkKind>().Select(SmallTalk.Reply).ToList();

        Assert.Equal(replies.Count, replies.Distinct().Count());
        Assert.All(replies, r => Assert.InRange(r.Length, 10, 200));
    }
}
