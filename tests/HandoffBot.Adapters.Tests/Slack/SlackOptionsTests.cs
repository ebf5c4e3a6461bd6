using HandoffBot.Adapters.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.Tests.Slack;

public sealed class SlackOptionsTests
{
    [Fact]
    public void Without_keys_the_channel_is_off()
    {
        Assert.False(Options([]).Value.Enabled);
    }

    [Theory]
    [InlineData("HandoffBot:Slack:SigningSecret", "HandoffBot:Slack:BotToken")]
    [InlineData("HandoffBot:Slack:BotToken", "HandoffBot:Slack:SigningSecret")]
    public void Half_a_configuration_is_refused_naming_the_missing_key(string given, string missing)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Options(new() { [given] = "something" }).Value);

        Assert.Contains($"{missing} is required", failure.Message, StringComparison.Ordinal);
    }

    private static IOptions<SlackOptions> Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddSlack((_, _) => { });
        return services.BuildServiceProvider().GetRequiredService<IOptions<SlackOptions>>();
    }
}
