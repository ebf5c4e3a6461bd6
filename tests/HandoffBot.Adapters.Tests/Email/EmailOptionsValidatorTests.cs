using HandoffBot.Adapters.Email;

namespace HandoffBot.Adapters.Tests.Email;

public sealed class EmailOptionsValidatorTests
{
    [Fact]
    public void Without_an_address_the_channel_is_off_and_valid() =>
        Assert.True(new EmailOptionsValidator().Validate(null, new EmailOptions()).Succeeded);

    [Fact]
    public void A_partial_configuration_names_every_missing_key()
    {
        var result = new EmailOptionsValidator().Validate(null, new EmailOptions { Address = "support@example.com", ImapHost = "imap.example.com" });

        Assert.True(result.Failed);
        Assert.Contains("HandoffBot:Email:SmtpHost", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("HandoffBot:Email:UserName", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("HandoffBot:Email:Password", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("ImapHost", result.FailureMessage, StringComparison.Ordinal);
    }
}
