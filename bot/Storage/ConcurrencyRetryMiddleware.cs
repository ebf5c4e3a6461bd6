using Microsoft.Bot.Builder;

namespace HandoffBot.Storage;

/// <summary>
/// Re-runs the rest of the pipeline when a state write hits an eTag conflict (another turn of the same conversation
/// saved first), so the turn's change is redone on fresh state instead of being lost or overwriting the other one.
/// </summary>
/// <remarks>
/// Only a turn that has not yet sent anything to the user is re-run: a re-run would send its replies twice.
/// A conflict after a reply is logged and rethrown (the stale write is still refused). Bots get the most out of this
/// by saving state before their first reply. Side effects other than sends (calls to other services) are redone
/// on a re-run and must be idempotent. Place this after the transcript middleware, so the inbound activity is
/// logged once, and before everything that reads or writes bot state.
/// </remarks>
public sealed class ConcurrencyRetryMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public const int MaxAttempts = 3;

    private readonly ILogger<ConcurrencyRetryMiddleware> _logger;

    public ConcurrencyRetryMiddleware(ILogger<ConcurrencyRetryMiddleware> logger)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        // What the turn looked like before the inner pipeline ran; each attempt starts from it.
        var snapshot = new Dictionary<string, object>(turnContext.TurnState, StringComparer.Ordinal);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(cancellationToken);
                return;
            }
            catch (Exception ex) when (FindConflict(ex) is { } conflict)
            {
                var conversationId = turnContext.Activity?.Conversation?.Id;
                if (turnContext.Responded)
                {
                    _logger.LogWarning(
                        ex,
                        "State conflict on {StorageKey} in conversation {ConversationId} after a reply was sent; the turn is not re-run",
                        conflict.Key,
                        conversationId);
                    throw;
                }

                if (attempt >= MaxAttempts)
                {
                    _logger.LogWarning(
                        ex,
                        "State conflict on {StorageKey} in conversation {ConversationId}; giving up after {Attempts} attempts",
                        conflict.Key,
                        conversationId,
                        attempt);
                    throw;
                }

                _logger.LogInformation(
                    "State conflict on {StorageKey} in conversation {ConversationId}; re-running the turn (attempt {Attempt})",
                    conflict.Key,
                    conversationId,
                    attempt + 1);
                RestoreTurnState(turnContext.TurnState, snapshot);
            }
        }
    }

    private static StorageConflictException? FindConflict(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StorageConflictException conflict)
            {
                return conflict;
            }

            if (current is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(FindConflict).FirstOrDefault(c => c is not null);
            }
        }

        return null;
    }

    private static void RestoreTurnState(TurnContextStateCollection turnState, Dictionary<string, object> snapshot)
    {
        foreach (var key in turnState.Keys.Where(k => !snapshot.ContainsKey(k)).ToList())
        {
            turnState.Remove(key);
        }

        foreach (var (key, value) in snapshot)
        {
            // Cached bot state is dropped, not restored: BotState reloads it (with the current eTag) on next use.
            if (value is BotState.CachedBotState)
            {
                turnState.Remove(key);
            }
            else
            {
                turnState[key] = value;
            }
        }
    }
}
