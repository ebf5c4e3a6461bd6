using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Transcripts;

/// <summary>
/// Stores every inbound and outbound activity of a turn, masked by <see cref="PiiRedactor"/>, and awaits each write
/// before the turn goes on. Unlike the SDK's TranscriptLoggerMiddleware (which flushes fire-and-forget after the
/// turn), a turn that completed has its transcript on disk, and a storage failure fails the turn visibly.
/// </summary>
/// <remarks>Place it first in the pipeline so that everything the user sends is recorded exactly once.</remarks>
public sealed class TranscriptMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private const string UserRole = "user";
    private const string BotRole = "bot";

    private readonly ITranscriptLogger _transcriptLogger;
    private readonly TimeProvider _timeProvider;

    public TranscriptMiddleware(ITranscriptLogger transcriptLogger, TimeProvider timeProvider)
    {
        _transcriptLogger = transcriptLogger ?? throw new ArgumentNullException(nameof(transcriptLogger));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        var inbound = turnContext.Activity;
        if (inbound is not null && !IsContinueConversation(inbound))
        {
            await LogAsync(inbound, UserRole, id: null, cancellationToken);
        }

        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            var responses = await nextSend();
            for (var i = 0; i < activities.Count; i++)
            {
                // The channel's id is the one later updates and deletes refer to.
                var sentId = responses is not null && i < responses.Length ? responses[i]?.Id : null;
                await LogAsync(activities[i], BotRole, sentId, cancellationToken);
            }

            return responses;
        });

        turnContext.OnUpdateActivity(async (context, activity, nextUpdate) =>
        {
            var response = await nextUpdate();
            var update = PiiRedactor.RedactActivity(activity);
            update.Type = ActivityTypes.MessageUpdate;
            await LogMaskedAsync(update, BotRole, id: null, cancellationToken);
            return response;
        });

        turnContext.OnDeleteActivity(async (context, reference, nextDelete) =>
        {
            await nextDelete();
            var delete = new Activity { Type = ActivityTypes.MessageDelete, Id = reference.ActivityId }
                .ApplyConversationReference(reference, isIncoming: false);
            await LogMaskedAsync(delete, BotRole, id: null, cancellationToken);
        });

        await next(cancellationToken);
    }

    private static bool IsContinueConversation(IActivity activity) =>
        activity.Type == ActivityTypes.Event
        && string.Equals(activity.AsEventActivity()?.Name, ActivityEventNames.ContinueConversation, StringComparison.Ordinal);

    private Task LogAsync(IActivity activity, string defaultRole, string? id, CancellationToken cancellationToken) =>
        LogMaskedAsync(PiiRedactor.RedactActivity(activity), defaultRole, id, cancellationToken);

    private async Task LogMaskedAsync(Activity masked, string defaultRole, string? id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        masked.From ??= new ChannelAccount();
        if (string.IsNullOrEmpty(masked.From.Role))
        {
            masked.From.Role = defaultRole;
        }

        if (!string.IsNullOrEmpty(id))
        {
            masked.Id = id;
        }

        if (string.IsNullOrEmpty(masked.Id))
        {
            masked.Id = "g_" + Guid.NewGuid().ToString();
        }

        masked.Timestamp ??= _timeProvider.GetUtcNow();

        if (_transcriptLogger is SqliteTranscriptStore store)
        {
            await store.LogActivityAsync(masked, cancellationToken);
        }
        else
        {
            await _transcriptLogger.LogActivityAsync(masked);
        }
    }
}
