using HandoffBot.Insights;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HandoffBot.Language;

/// <summary>Registers text understanding: one sentence encoder per process (the model, loaded on first use, behind its memory of recent texts).</summary>
public static class LanguageServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddLanguage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<SentenceEncoder>();
        builder.Services.TryAddSingleton<ISentenceEncoder>(sp => new CachingSentenceEncoder(sp.GetRequiredService<SentenceEncoder>(), modelCalled: sp.GetService<HandoffInstruments>() is { } instruments ? instruments.Encoded : null));
        return builder;
    }
}
