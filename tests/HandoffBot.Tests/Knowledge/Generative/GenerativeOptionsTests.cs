using HandoffBot.Knowledge.Generative;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HandoffBot.Tests.Knowledge.Generative;

public sealed class GenerativeOptionsTests
{
    [Fact]
    public async Task Endpoint_without_a_model_stops_the_start_naming_the_key()
    {
        using var host = BuildHost(new() { ["HandoffBot:Generative:Endpoint"] = "http://127.0.0.1:9/v1" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("HandoffBot:Generative:Model", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://models.example/v1")]
    [InlineData("/v1")]
    public async Task Endpoint_that_is_not_an_absolute_http_url_stops_the_start_naming_the_key(string endpoint)
    {
        using var host = BuildHost(new() { ["HandoffBot:Generative:Endpoint"] = endpoint, ["HandoffBot:Generative:Model"] = "m" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("HandoffBot:Generative:Endpoint", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generative_answers_are_off_by_default()
    {
        using var host = BuildHost([]);
        await host.StartAsync();

        Assert.False(host.Services.GetRequiredService<GenerativeAnswerer>().Enabled);
        await host.StopAsync();
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddGenerativeAnswers();
        return builder.Build();
    }
}
