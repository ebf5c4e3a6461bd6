using HandoffBot.Csat;

namespace HandoffBot.Tests.Csat;

/// <summary>Replies to "how would you rate us, 1 to 5?" as customers actually write them.</summary>
public sealed class CsatRatingReaderTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData("5", 5)]
    [InlineData("five", 5)]
    [InlineData("I'd say three", 3)]
    [InlineData("4/5", 4)]
    [InlineData("4 out of 5, the agent was quick", 4)]
    [InlineData("5 stars!", 5)]
    [InlineData("great", 5)]
    [InlineData("pretty good", 4)]
    [InlineData("terrible", 1)]
    public void Ratings_are_read(string reply, int expected) => Assert.Equal(expected, CsatRatingReader.Read(reply));

    [Theory]
    [InlineData("help")]
    [InlineData("7")]
    [InlineData("not great")]
    [InlineData("where is order 10432 and can I get 2 more seats on my plan please")]
    [InlineData("")]
    public void Other_replies_are_not_ratings(string reply) => Assert.Null(CsatRatingReader.Read(reply));

    [Theory]
    [InlineData("4", 4)]
    [InlineData("great, thanks", 5)]
    [InlineData("it was ok", 3)]
    [InlineData("ok cancel my account", null)]
    [InlineData("good, now I need a refund", null)]
    public void A_rating_alone_is_three_words_at_most(string reply, int? expected) => Assert.Equal(expected, CsatRatingReader.ReadAlone(reply));
}
