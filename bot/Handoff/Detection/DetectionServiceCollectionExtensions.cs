namespace HandoffBot.Handoff.Detection;

/// <summary>Registers the detection building blocks: one sentence encoder per process (loaded on first use) and the sentiment analyzer.</summary>
public static class DetectionServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddHandoffDetection(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SentenceEncoder>();
        builder.Services.AddSingleton<ISentenceEncoder>(sp => sp.GetRequiredService<SentenceEncoder>());
        builder.Services.AddSingleton<SentimentAnalyzer>();
        return builder;
    }
}
