using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Bot.Schema;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// Every conversation's ordered activity log (customer echoes and bot replies), stored, and fed live to the
/// conversation's stream. Appends to one conversation are serialised, so sequence numbers are dense and a stream
/// never sees a later activity before an earlier one.
/// </summary>
public sealed class DirectLineActivityLog(IDirectLineStore store)
{
    private const int PageSize = 500;

    private readonly ConcurrentDictionary<string, Feed> _feeds = new(StringComparer.Ordinal);

    /// <summary>Gives <paramref name="activity"/> its id (<c>{conversationId}|{sequence:D7}</c>), stores it and sends it to the stream.</summary>
    public async Task<DirectLineEntry> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var feed = _feeds.GetOrAdd(conversationId, _ => new Feed());
        await feed.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            feed.Last ??= await store.GetLastSequenceAsync(conversationId, cancellationToken).ConfigureAwait(false);
            var sequence = feed.Last.Value + 1;
            activity.Id = ActivityId(conversationId, sequence);
            await store.AppendAsync(conversationId, sequence, DirectLineJson.Serialize(activity), cancellationToken).ConfigureAwait(false);
            feed.Last = sequence;
            var entry = new DirectLineEntry(sequence, activity);
            feed.Subscriber?.Publish(entry);
            return entry;
        }
        finally
        {
            feed.Gate.Release();
        }
    }

    /// <summary>Sends an activity to the stream without storing it (typing indicators: stream only, never replayed).</summary>
    public void Publish(string conversationId, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id ??= $"{conversationId}|t{Guid.NewGuid():n}";
        if (_feeds.TryGetValue(conversationId, out var feed))
        {
            feed.Subscriber?.Publish(new DirectLineEntry(null, activity));
        }
    }

    /// <summary>At most <paramref name="max"/> stored activities after <paramref name="afterSequence"/>, oldest first.</summary>
    public async Task<IReadOnlyList<DirectLineEntry>> ReadAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken)
    {
        var rows = await store.ReadAsync(conversationId, afterSequence, max, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new DirectLineEntry(r.Sequence, DirectLineJson.DeserializeActivity(r.ActivityJson)!))];
    }

    /// <summary>
    /// Opens the conversation's stream view from <paramref name="afterSequence"/>. History is read under the append
    /// lock, so nothing falls between the replay and the live feed. An older subscription of the conversation ends.
    /// </summary>
    public async Task<DirectLineSubscription> SubscribeAsync(string conversationId, long afterSequence, CancellationToken cancellationToken)
    {
        var feed = _feeds.GetOrAdd(conversationId, _ => new Feed());
        await feed.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var history = new List<DirectLineEntry>();
            while (true)
            {
                var page = await ReadAsync(conversationId, afterSequence, PageSize, cancellationToken).ConfigureAwait(false);
                history.AddRange(page);
                if (page.Count < PageSize)
                {
                    break;
                }

                afterSequence = page[^1].Sequence!.Value;
            }

            var subscription = new DirectLineSubscription(history, s => Interlocked.CompareExchange(ref feed.Subscriber, null, s));
            Interlocked.Exchange(ref feed.Subscriber, subscription)?.Collide();
            return subscription;
        }
        finally
        {
            feed.Gate.Release();
        }
    }

    /// <summary>The watermark clients see for a sequence number.</summary>
    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    private static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    private sealed class Feed
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public long? Last;
        public DirectLineSubscription? Subscriber;
    }
}
