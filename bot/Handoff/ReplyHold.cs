using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Handoff;

/// <summary>
/// Holds the bot's messages for the rest of a turn until the handoff middleware knows whether they are worth sending:
/// while a customer waits for a person, an answer is, a "I can't answer that" is not. Other activities (traces,
/// typing) pass at once.
/// </summary>
public sealed class ReplyHold
{
    private readonly List<Activity> _held = [];
    private bool _holding = true;

    private ReplyHold()
    {
    }

    /// <summary>True when the bot said something in the turn.</summary>
    public bool HasMessages => _held.Count > 0;

    /// <summary>Starts holding the turn's messages.</summary>
    public static ReplyHold Start(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var hold = new ReplyHold();
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            if (!hold._holding)
            {
                return await next();
            }

            // Taken out of the list that the handlers around this one (the transcript) see: held messages are logged
            // when, and only if, they are sent.
            hold._held.AddRange(activities.Where(a => a.Type == ActivityTypes.Message));
            activities.RemoveAll(a => a.Type == ActivityTypes.Message);
            return activities.Count > 0 ? await next() : [];
        });
        return hold;
    }

    /// <summary>
    /// Sends the held messages, with <paramref name="note"/> among them: before a closing question with buttons (they
    /// must stay on the last message to be shown), else after them.
    /// </summary>
    public async Task ReleaseAsync(ITurnContext turnContext, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        _holding = false;
        var messages = new List<IActivity>(_held);
        var closingQuestion = messages.Count > 0 && messages[^1] is Activity { SuggestedActions.Actions.Count: > 0 };
        messages.Insert(closingQuestion ? messages.Count - 1 : messages.Count, MessageFactory.Text(note));
        _held.Clear();
        await turnContext.SendActivitiesAsync([.. messages], cancellationToken);
    }

    /// <summary>Drops the held messages.</summary>
    public void Discard()
    {
        _holding = false;
        _held.Clear();
    }
}
