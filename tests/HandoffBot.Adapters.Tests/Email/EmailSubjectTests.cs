using HandoffBot.Adapters.Email;

namespace HandoffBot.Adapters.Tests.Email;

public sealed class EmailSubjectTests
{
    [Theory]
    [InlineData("Re: RE: Fwd: Invoice for March", "Invoice for March")]
    [InlineData("AW: SV: Invoice for March", "Invoice for March")]
    [InlineData("Re[2]: Invoice for March", "Invoice for March")]
    public void Reply_and_forward_prefixes_in_any_language_are_stripped(string subject, string stripped) =>
        Assert.Equal(stripped, EmailSubject.Strip(subject));

    [Fact]
    public void A_reply_has_one_re_and_the_thread_key_ignores_case_and_spacing()
    {
        Assert.Equal("Re: Invoice", EmailSubject.Reply("RE: re: Invoice"));
        Assert.Equal(EmailSubject.Key("Invoice  for March"), EmailSubject.Key("re: invoice for march"));
    }
}
