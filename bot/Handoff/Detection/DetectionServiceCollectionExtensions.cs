using HandoffBot.Language;

namespace HandoffBot.Handoff.Detection;

/// <summary>Registers the detection building blocks: the language layer (the sentence encoder) and the sentiment analyzer.</summary>
public static class DetectionServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddHandoffDetection(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddLanguage();
        builder.Services.AddSingleton<SentimentAnalyzer>();
        return builder;
    }
}
