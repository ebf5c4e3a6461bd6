using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HandoffBot.Handoff.Rulebook;

public static class RulebookServiceCollectionExtensions
{
    /// <summary>
    /// The handoff rulebook: <see cref="RulebookOptions"/> from <c>HandoffBot:Rulebook</c> (validated at start) and the
    /// <see cref="RulebookProvider"/> singleton, which loads the file when the host starts and reloads it on edits.
    /// </summary>
    public static IHostApplicationBuilder AddRulebook(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;

        services.AddOptions<RulebookOptions>()
            .Configure(options => options.Path = DefaultPath(contentRoot))
            .BindConfiguration(RulebookOptions.SectionName)
            .PostConfigure(options =>
            {
                if (!string.IsNullOrWhiteSpace(options.Path))
                {
                    options.Path = System.IO.Path.GetFullPath(options.Path, contentRoot);
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RulebookOptions>, RulebookOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RulebookProvider>();
        services.AddHostedService(sp => sp.GetRequiredService<RulebookProvider>());
        return builder;
    }

    // The shipped rulebook is copied next to the app; under `dotnet run` the content root is the project folder.
    private static string DefaultPath(string contentRoot)
    {
        var inContentRoot = System.IO.Path.Combine(contentRoot, RulebookOptions.DefaultFileName);
        return File.Exists(inContentRoot) ? inContentRoot : System.IO.Path.Combine(AppContext.BaseDirectory, RulebookOptions.DefaultFileName);
    }
}
