using HandoffBot.FollowUps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HandoffBot.Tests.FollowUps;

public sealed class InactivityOptionsTests
{
    [Fact]
    public void Defaults_are_fifteen_minutes_checked_every_thirty_seconds()
    {
        var options = Options([]);

        Assert.Equal((TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(30)), (options.Value.InactivityTimeout, options.Value.InactivityScanInterval));
    }

    [Theory]
    [InlineData("HandoffBot:Handoff:InactivityTimeout", "00:00:00")]
    [InlineData("HandoffBot:Handoff:InactivityScanInterval", "-00:00:01")]
    public void A_zero_or_negative_time_is_refused_naming_the_key(string key, string value)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Options(new() { [key] = value }).Value);

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    private static IOptions<InactivityOptions> Options(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddFollowUps();
        return builder.Build().Services.GetRequiredService<IOptions<InactivityOptions>>();
    }
}
