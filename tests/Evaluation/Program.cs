namespace HandoffBot.Evaluation;

/// <summary>
/// <c>dotnet run --project tests/Evaluation -c Release -- handoff &lt;set-folder&gt;</c>.
/// Exit codes: 0 it ran (whatever the scores), 2 bad usage or a bad set.
/// Not top-level statements: those would declare a global <c>Program</c> clashing with the bot's.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["handoff", var setFolder])
        {
            await Console.Error.WriteLineAsync("usage: dotnet run --project tests/Evaluation -c Release -- handoff <set-folder>");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            await HandoffEvaluator.RunAsync(setFolder, Console.Out, cancel.Token);
            return 0;
        }
        catch (ConversationSetException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
