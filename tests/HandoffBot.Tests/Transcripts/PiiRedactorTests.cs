using HandoffBot.Transcripts;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Transcripts;

public sealed class PiiRedactorTests
{
    [Theory]
    [InlineData("my card is 4111 1111 1111 1111", "my card is [card ****1111]")]
    [InlineData("card 4111-1111-1111-1111 please", "card [card ****1111] please")]
    [InlineData("4111111111111111", "[card ****1111]")]
    [InlineData("amex 378282246310005.", "amex [card ****0005].")]
    [InlineData("cvv 123", "cvv [redacted]")]
    [InlineData("CVC: 4321 and card 5555 5555 5555 4444", "CVC: [redacted] and card [card ****4444]")]
    [InlineData("the security code is 999", "the security code is [redacted]")]
    [InlineData("my password is hunter2", "my password is [redacted]")]
    [InlineData("password: **hunter2**", "password: [redacted]")]
    [InlineData("Password: hunter2.", "Password: [redacted]")]
    [InlineData("passcode 8812", "passcode [redacted]")]
    [InlineData("pwd=S3cret!", "pwd=[redacted]")]
    [InlineData("my password is hunter2, my email is jane@example.com", "my password is [redacted] my email is jane@example.com")]
    public void Masks_cards_codes_and_passwords(string text, string expected) =>
        Assert.Equal(expected, PiiRedactor.Redact(text));

    [Theory]
    [InlineData("reference 1234 5678 9012 3456 fails Luhn")]
    [InlineData("email me at jane.doe@example.com or call +1 555 123 4567")]
    [InlineData("order 1234567890123 for $1,234.56 on 2025-03-04")]
    [InlineData("order #A-10023 was charged 49.99 EUR")]
    [InlineData("I forgot my password")]
    [InlineData("my password is not working")]
    [InlineData("password reset link expired")]
    [InlineData("On the sign-in page, choose **Forgot password?** and enter the email you sign in with.")]
    [InlineData("what is a cvv?")]
    public void Keeps_what_agents_need(string text) =>
        Assert.Equal(text, PiiRedactor.Redact(text));

    [Fact]
    public void Redacted_activity_is_a_masked_copy_and_the_original_is_untouched()
    {
        var original = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "pay with 4111 1111 1111 1111",
            Value = JObject.FromObject(new { password = "hunter2", note = "cvv 123", orderId = "A-10023" }),
            Attachments = [new Attachment { ContentType = "application/json", Content = new JObject { ["text"] = "my password is hunter2" } }],
        };

        var masked = PiiRedactor.RedactActivity(original);

        Assert.Equal("pay with [card ****1111]", masked.Text);
        var value = Assert.IsType<JObject>(masked.Value);
        Assert.Equal("[redacted]", value.Value<string>("password"));
        Assert.Equal("cvv [redacted]", value.Value<string>("note"));
        Assert.Equal("A-10023", value.Value<string>("orderId"));
        Assert.Equal("my password is [redacted]", ((JObject)masked.Attachments[0].Content).Value<string>("text"));

        Assert.Equal("pay with 4111 1111 1111 1111", original.Text);
        Assert.Equal("hunter2", ((JObject)original.Value).Value<string>("password"));
        Assert.Equal("my password is hunter2", ((JObject)original.Attachments[0].Content).Value<string>("text"));
    }
}
