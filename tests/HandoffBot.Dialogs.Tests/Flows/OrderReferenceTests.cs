using HandoffBot.Dialogs.Flows;

namespace HandoffBot.Dialogs.Tests.Flows;

public sealed class OrderReferenceTests
{
    [Theory]
    [InlineData("can you check on order TL-20931 for me", "TL-20931")]
    [InlineData("tl 20931", "TL-20931")]
    [InlineData("where is order 10432?", "TL-10432")]
    [InlineData("order #10432", "TL-10432")]
    [InlineData("what's the status of ticket 48213?", "48213")]
    [InlineData("#48213", "48213")]
    [InlineData("48213", "48213")]
    public void Order_and_ticket_numbers_are_found_in_free_text(string text, string expected) =>
        Assert.Equal(expected, OrderReference.Find(text));

    [Theory]
    [InlineData("where is my order?")]
    [InlineData("call me on 555-123-4567")]
    [InlineData("my card 4242424242424242")]
    [InlineData("I have 12 seats")]
    public void Text_without_a_number_in_the_documented_format_has_none(string text) =>
        Assert.Null(OrderReference.Find(text));
}
