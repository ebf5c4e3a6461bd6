using HandoffBot.Adapters.Email;

namespace HandoffBot.Adapters.Tests.Email;

public sealed class EmailTextTests
{
    [Fact]
    public void A_gmail_reply_keeps_only_what_was_written_above_the_quote()
    {
        var body = "Still broken, the invoice shows 25 seats.\n\nOn Mon, Dec 7, 2026 at 9:14 AM Support <support@example.com>\nwrote:\n> Here is how to download invoices\n> ...";

        Assert.Equal("Still broken, the invoice shows 25 seats.", EmailText.NewText(body));
    }

    [Fact]
    public void An_outlook_reply_loses_the_from_sent_block_and_everything_under_it()
    {
        var body = "Yes please, cancel it.\r\n\r\nFrom: Support <support@example.com>\r\nSent: Monday, December 7, 2026 9:14 AM\r\nTo: Ann <ann@example.com>\r\nSubject: RE: Cancel\r\n\r\nWould you like me to cancel?";

        Assert.Equal("Yes please, cancel it.", EmailText.NewText(body));
    }

    [Fact]
    public void Quoted_lines_go_and_the_customers_lines_between_them_stay()
    {
        var body = "> where is my parcel?\nIt is order 4411.\n> anything else?\nNo.";

        Assert.Equal("It is order 4411.\nNo.", EmailText.NewText(body));
    }

    [Theory]
    [InlineData("How do I export my data?\n\n-- \nAnn Customer\nACME Ltd, +1 555 0100")]
    [InlineData("How do I export my data?\n\nBest regards,\nAnn Customer\nACME Ltd")]
    [InlineData("How do I export my data?\n\nSent from my iPhone")]
    [InlineData("How do I export my data?\n-----Original Message-----\nFrom: support@example.com\nWhat else can I do?")]
    public void Signatures_sign_offs_and_forwarded_history_are_removed(string body) =>
        Assert.Equal("How do I export my data?", EmailText.NewText(body));

    [Fact]
    public void Thanks_in_the_middle_of_a_message_is_part_of_it()
    {
        var body = "Thanks\nfor the link, but it says access denied.\nThe report is due today.\nAnother line.\nAnd one more.\nAnn";

        Assert.StartsWith("Thanks\nfor the link", EmailText.NewText(body), StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_only_mail_reads_as_its_text_without_styles_scripts_or_quoted_history()
    {
        var html = "<html><head><style>p{color:red}</style></head><body><p>Where is my <b>refund</b>?</p><div>Order&nbsp;4411</div>"
            + "<blockquote>On Monday you wrote: old stuff</blockquote><script>alert(1)</script></body></html>";

        Assert.Equal("Where is my refund?\n\nOrder 4411", EmailHtml.ToText(html).Replace("\u00a0", " ", StringComparison.Ordinal));
    }
}
