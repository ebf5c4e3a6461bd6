using HandoffBot.Transcripts;
using Microsoft.Bot.Builder;

namespace HandoffBot.Hosting;

/// <summary>
/// Operator commands run instead of the web host: <c>dotnet run --project bot -- transcripts ...</c>. They use the
/// same configuration and database as the bot.
/// </summary>
public static class CommandLine
{
    public const string Usage =
        """
        Usage:
          transcripts list <channelId>                                   list stored conversations of a channel
          transcripts export <channelId> <conversationId> [--out FILE]   write an Emulator .transcript file (stdout without --out)
        """;

    /// <summary>Runs the command in <paramref name="args"/> if there is one; false means "start the web host".</summary>
    public static async Task<bool> RunCommandLineAsync(this WebApplication app, string[] args)
    {
        var words = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) || a == "--out").ToArray();
        if (words.Length == 0 || words[0] != "transcripts")
        {
            return false;
        }

        var cancellationToken = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        Environment.ExitCode = words switch
        {
            [_, "list", var channel] => await ListAsync(scope.ServiceProvider.GetRequiredService<ITranscriptStore>(), channel, cancellationToken),
            [_, "export", var channel, var conversation] => await ExportAsync(scope.ServiceProvider, channel, conversation, null, cancellationToken),
            [_, "export", var channel, var conversation, "--out", var file] => await ExportAsync(scope.ServiceProvider, channel, conversation, file, cancellationToken),
            _ => await WriteUsageAsync(),
        };
        return true;
    }

    private static async Task<int> ListAsync(ITranscriptStore store, string channelId, CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await store.ListTranscriptsAsync(channelId, token);
            foreach (var item in page.Items)
            {
                await Console.Out.WriteLineAsync($"{item.Created:u}\t{item.Id}");
            }

            token = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(token));
        return 0;
    }

    private static async Task<int> ExportAsync(
        IServiceProvider services, string channelId, string conversationId, string? file, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ITranscriptStore>();
        var first = await store.GetTranscriptActivitiesAsync(channelId, conversationId);
        if (first.Items.Length == 0)
        {
            await Console.Error.WriteLineAsync($"No transcript for conversation '{conversationId}' on channel '{channelId}'.");
            return 2;
        }

        var exporter = services.GetRequiredService<TranscriptExporter>();
        if (file is null)
        {
            await exporter.ExportAsync(channelId, conversationId, Console.Out, cancellationToken);
            await Console.Out.FlushAsync(cancellationToken);
            return 0;
        }

        await using (var stream = File.Create(file))
        {
            await exporter.ExportAsync(channelId, conversationId, stream, cancellationToken);
        }

        await Console.Error.WriteLineAsync($"Wrote {file}");
        return 0;
    }

    private static async Task<int> WriteUsageAsync()
    {
        await Console.Error.WriteLineAsync(Usage);
        return 64;
    }
}
