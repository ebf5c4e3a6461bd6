using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Signals;

/// <summary>
/// What the bot learned in one turn, for the handoff middleware: dialogs and the knowledge layer fill it, the
/// middleware alone reads it and decides. Created by the middleware before the bot runs; one per turn.
/// </summary>
public sealed class TurnSignals
{
    /// <summary>The key under which the turn's signals live in <see cref="ITurnContext.TurnState"/>.</summary>
    public const string TurnStateKey = "HandoffBot.TurnSignals";

    /// <summary>The bucket or intent the message matched, if any.</summary>
    public string? Intent { get; set; }

    /// <summary>Similarity score of <see cref="Intent"/>, in [0, 1].</summary>
    public double? IntentScore { get; set; }

    /// <summary>Confidence of the answer given, in [0, 1]; null when no answer was attempted.</summary>
    public double? AnswerConfidence { get; set; }

    /// <summary>True when the bot declined to answer (below the confidence threshold, or nothing it knows fits).</summary>
    public bool Declined { get; set; }

    /// <summary>The problem being worked on; the same key again counts as another attempt for loop detection.</summary>
    public string? TopicKey { get; set; }

    /// <summary>The article or flow tried in this turn (e.g. <c>article:reset-password</c>, <c>flow:order-status</c>).</summary>
    public string? Tried { get; set; }

    /// <summary>How <see cref="Tried"/> ended, when it ended in this turn.</summary>
    public AttemptOutcome? Outcome { get; set; }

    /// <summary>True when the customer said the last answer did not help.</summary>
    public bool CustomerSaidNotHelpful { get; set; }

    /// <summary>
    /// Set by the handoff middleware while the customer waits for a person: the bot may answer from what it knows in
    /// this turn, but starts nothing that needs more turns (guided flows, the help menu); the person takes it from here.
    /// </summary>
    public bool AnswerOnly { get; set; }

    /// <summary>The turn's signals, created on first use so that reporters never need to check.</summary>
    public static TurnSignals For(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<TurnSignals>(TurnStateKey) is { } signals)
        {
            return signals;
        }

        signals = new TurnSignals();
        turnContext.TurnState.Set(TurnStateKey, signals);
        return signals;
    }
}
