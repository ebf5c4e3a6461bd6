using HandoffBot.Handoff.Detection;
using HandoffBot.Language;
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

        // Every reader shares one encoder: the model behind its memory of recent texts.
        var encoder = host.Services.GetRequiredService<ISentenceEncoder>();
        Assert.Same(encoder, host.Services.GetRequiredService<ISentenceEncoder>());
        Assert.IsType<CachingSentenceEncoder>(encoder);
        Assert.Same(host.Services.GetRequiredService<SentenceEncoder>(), host.Services.GetRequiredService<SentenceEncoder>());
        Assert.NotNull(host.Services.GetRequiredService<SentimentAnalyzer>());
    }
}
