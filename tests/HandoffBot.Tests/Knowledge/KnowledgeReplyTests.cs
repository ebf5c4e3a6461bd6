using HandoffBot.Knowledge;

namespace HandoffBot.Tests.Knowledge;

/// <summary>Which replies after an answer are a yes or a no to "Did that help?", and which are something new.</summary>
public sealed class KnowledgeReplyTests
{
    [Theory]
    [InlineData("Yes", true)]
    [InlineData("yes thanks!", true)]
    [InlineData("ok turned it on in the app profile, works now 👍", true)]
    [InlineData("No", false)]
    [InlineData("nope", false)]
    [InlineData("it still doesn't work, not fixed it", null)]
    [InlineData("that didn't help", null)]
    [InlineData("how do I export my data", null)]
    public void Reply_is_read_as_yes_no_or_a_new_message(string text, bool? expected)
    {
        Assert.Equal(expected, KnowledgeRoute.Reply(text));
    }
}
