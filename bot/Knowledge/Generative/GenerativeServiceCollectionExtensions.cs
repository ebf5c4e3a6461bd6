using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HandoffBot.Knowledge.Generative;

public static class GenerativeServiceCollectionExtensions
{
    /// <summary>
    /// Optional generative answers (<c>HandoffBot:Generative</c>, validated at start): the <see cref="GenerativeAnswerer"/>
    /// the knowledge dialog asks before quoting a passage. Registered even when off, where it answers nothing.
    /// </summary>
    public static IHostApplicationBuilder AddGenerativeAnswers(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<GenerativeOptions>()
            .BindConfiguration(GenerativeOptions.SectionName)
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GenerativeOptions>, GenerativeOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<GenerativeAnswerer>();
        return builder;
    }
}
