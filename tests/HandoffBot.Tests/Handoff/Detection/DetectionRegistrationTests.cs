using HandoffBot.Handoff.Detection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HandoffBot.Tests.Handoff.Detection;

public sealed class DetectionRegistrationTests
{
    [Fact]
    public void AddHandoffDetection_registers_one_encoder_and_the_sentiment_analyzer()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddHandoffDetection();
        using var host = builder.Build();

        var encoder = host.Services.GetRequiredService<ISentenceEncoder>();
        Assert.Same(encoder, host.Services.GetRequiredService<ISentenceEncoder>());
        Assert.Same(encoder, host.Services.GetRequiredService<SentenceEncoder>());
        Assert.NotNull(host.Services.GetRequiredService<SentimentAnalyzer>());
    }
}
