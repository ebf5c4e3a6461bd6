using System.Globalization;

namespace HandoffBot.Evaluation;

/// <summary>
/// What each active conversation costs HandoffBot: a number of new conversations are opened (a question answered,
/// then a follow-up, left open), and the growth of the managed heap after a full collection and of the database file
/// is divided by their number. Whatever the bot keeps per conversation in memory (locks, caches of embedded messages,
/// state) shows up here.
/// </summary>
internal static class ConversationMemory
{
    private static readonly string[] Questions =
    [
        "how do I reset my password?", "where can I download my invoices?", "can I export my tasks to CSV?",
        "how do I share a board with a client?",
    ];

    public static async Task<(double HeapBytes, double DatabaseBytes)> MeasureAsync(
        HttpClient http, Uri address, ServiceUrlListener listener, string databasePath, int conversations, CancellationToken cancellationToken)
    {
        var (heapBefore, fileBefore) = (Heap(), DatabaseSize(databasePath));
        for (var c = 0; c < conversations; c++)
        {
            var conversation = $"{Guid.NewGuid()}|memory";
            var question = Questions[c % Questions.Length];
            await BenchmarkCustomer.PostAsync(http, address, listener, conversation, string.Create(CultureInfo.InvariantCulture, $"{question} (for workspace m{c})"), cancellationToken);
            await BenchmarkCustomer.PostAsync(http, address, listener, conversation, "thanks, that helps", cancellationToken);
            listener.Drain(conversation);
        }

        var (heapAfter, fileAfter) = (Heap(), DatabaseSize(databasePath));
        return ((double)(heapAfter - heapBefore) / conversations, (double)(fileAfter - fileBefore) / conversations);
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    // The database and its write-ahead log: what a conversation adds to the disk until the next checkpoint.
    private static long DatabaseSize(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);
}
