using HandoffBot.Adapters.Slack;

namespace HandoffBot.Adapters.Tests.Slack;

public sealed class SlackMarkdownTests
{
    [Theory]
    [InlineData("Go to **Settings > Billing** now", "Go to *Settings &gt; Billing* now")]
    [InlineData("Source: [Reset your password](https://help.example/reset)", "Source: <https://help.example/reset|Reset your password>")]
    [InlineData("an *important* note", "an _important_ note")]
    [InlineData("## Steps\n1. Open it", "*Steps*\n1. Open it")]
    [InlineData("Tom & Jerry <3", "Tom &amp; Jerry &lt;3")]
    [InlineData("2 * 3 = 6", "2 * 3 = 6")]
    public void The_bots_markdown_reads_the_same_in_slack(string markdown, string mrkdwn)
    {
        Assert.Equal(mrkdwn, SlackMarkdown.ToMrkdwn(markdown));
    }

    [Theory]
    [InlineData("<@U0BOT> how do I reset my password", "how do I reset my password")]
    [InlineData("ask <@U0ANA|ana> about <#C0GEN|general>", "ask @ana about #general")]
    [InlineData("see <https://example.com/a?b=1&amp;c=2|the page> &amp; <https://example.com>", "see the page (https://example.com/a?b=1&c=2) & https://example.com")]
    [InlineData("mail <mailto:jo@example.com|jo@example.com> &lt;now&gt;", "mail jo@example.com <now>")]
    [InlineData("<!here> is anyone there?", "@here is anyone there?")]
    public void What_customers_type_in_slack_reaches_the_bot_as_plain_text(string mrkdwn, string text)
    {
        Assert.Equal(text, SlackMarkdown.FromMrkdwn(mrkdwn, "U0BOT"));
    }
}
