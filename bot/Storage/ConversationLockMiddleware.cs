using System.Collections.Concurrent;
using Microsoft.Bot.Builder;

namespace HandoffBot.Storage;

/// <summary>
/// Runs the turns of one conversation one at a time within this process. Channels may deliver a customer's quick
/// messages concurrently; without this, both turns would load the same state and the second save would conflict
/// after its replies were already sent. Across processes the eTag check (and <see cref="ConcurrencyRetryMiddleware"/>)
/// still guards the state.
/// </summary>
/// <remarks>
/// The wait is bounded: a turn that waits longer than <see cref="MaxWait"/> runs anyway (and is logged), so a stuck
/// turn, or a turn that proactively continues its own conversation, can never deadlock the conversation.
/// </remarks>
public sealed partial class ConversationLockMiddleware(ILogger<ConversationLockMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            await next(cancellationToken);
            return;
        }

        var key = $"{turnContext.Activity.ChannelId}/{conversationId}";
        var gate = Acquire(key);
        var entered = false;
        try
        {
            entered = await gate.Semaphore.WaitAsync(MaxWait, cancellationToken);
            if (!entered)
            {
                LogWaitedTooLong(logger, conversationId, MaxWait);
            }

            await next(cancellationToken);
        }
        finally
        {
            if (entered)
            {
                gate.Semaphore.Release();
            }

            Release(key, gate);
        }
    }

    private Gate Acquire(string key)
    {
        while (true)
        {
            var gate = _gates.GetOrAdd(key, _ => new Gate());
            lock (gate)
            {
                // A gate removed by a concurrent Release must not be reused: take a fresh one.
                if (!gate.Retired)
                {
                    gate.Users++;
                    return gate;
                }
            }
        }
    }

    private void Release(string key, Gate gate)
    {
        lock (gate)
        {
            if (--gate.Users == 0)
            {
                gate.Retired = true;
                _gates.TryRemove(new KeyValuePair<string, Gate>(key, gate));
                gate.Semaphore.Dispose();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A turn of conversation {ConversationId} waited {MaxWait} for the previous one and runs without it")]
    private static partial void LogWaitedTooLong(ILogger logger, string conversationId, TimeSpan maxWait);

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        public bool Retired { get; set; }
    }
}
