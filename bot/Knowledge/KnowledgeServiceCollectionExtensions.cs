using HandoffBot.Dialogs.Root;
using HandoffBot.Knowledge.Generative;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using HandoffBot.Hosting;

namespace HandoffBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Knowledge answers from the help-center folder (<c>HandoffBot:Knowledge</c>, validated at start): the
    /// <see cref="KnowledgeBase"/>, the <see cref="KnowledgeIndexer"/> that builds it at start and on file changes, and
    /// the <see cref="KnowledgeRoute"/> the root dialog asks after the guided flows. Needs the handoff services (the
    /// sentence encoder and the rulebook).
    /// </summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.SectionName)
            .PostConfigure(options => options.Path = AppRelativePath.Resolve(options.Path, contentRoot))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<KnowledgeBase>();
        builder.Services.AddHostedService<KnowledgeIndexer>();
        builder.AddGenerativeAnswers();
        builder.Services.AddSingleton<IRootRoute, KnowledgeRoute>();
        return builder;
    }

    // Relative means "relative to the app": the content root (bot/ under `dotnet run`), else the app's own folder
    // (the build output, where SampleData is copied). When neither has it, the content root's path is reported.
}
