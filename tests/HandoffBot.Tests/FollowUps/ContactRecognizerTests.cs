using HandoffBot.Dialogs.FollowUp;
using HandoffBot.Dialogs.Prompts;

namespace HandoffBot.Tests.FollowUps;

/// <summary>How the follow-up prompts read contact details and callback times.</summary>
public sealed class ContactRecognizerTests
{
    [Theory]
    [InlineData("jo.customer@example.com", "jo.customer@example.com")]
    [InlineData("sure, it's jo.customer@example.com thanks", "jo.customer@example.com")]
    [InlineData("my email is the one on the account", null)]
    public void Email_is_read_out_of_a_sentence(string reply, string? expected) => Assert.Equal(expected, ContactRecognizer.Email(reply));

    [Theory]
    [InlineData("+1 212 555 0147")]
    [InlineData("call me on (212) 555-0147")]
    public void Phone_number_is_read_out_of_a_sentence(string reply) => Assert.Contains("555", ContactRecognizer.Phone(reply), StringComparison.Ordinal);

    [Fact]
    public void A_reply_without_digits_is_no_phone_number() => Assert.Null(ContactRecognizer.Phone("whenever suits you"));

    [Fact]
    public void A_range_is_called_at_its_start_in_the_given_time_zone()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var now = new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

        var instants = CallbackTime.Read([new DateTimeResolution { Start = "2026-12-01 15:00:00" }], newYork, now);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero), Assert.Single(instants));
    }

    [Fact]
    public void A_bare_time_means_today_and_a_bare_date_is_not_a_time()
    {
        var now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

        var instants = CallbackTime.Read([new DateTimeResolution { Value = "16:30:00" }, new DateTimeResolution { Value = "2026-12-02" }], TimeZoneInfo.Utc, now);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero), Assert.Single(instants));
    }
}
