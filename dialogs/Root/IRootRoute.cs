using HandoffBot.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Root;

/// <summary>
/// A capability the root dialog can hand a message to: a resolve flow, knowledge answers. Routes are asked in
/// <see cref="Order"/>; the first that matches begins its dialog, and the root dialog waits for it to end.
/// </summary>
public interface IRootRoute
{
    /// <summary>Lower is asked first: guided flows (100) before knowledge answers (200).</summary>
    int Order { get; }

    /// <summary>True when the route's dialog answers and ends in the turn it begins (knowledge answers, not guided flows).</summary>
    bool AnswersInOneTurn { get; }

    /// <summary>The dialogs this route begins; the root dialog adds them to its set.</summary>
    IEnumerable<Dialog> Dialogs { get; }

    /// <summary>The dialog to begin for this message, or null when the route does not take it.</summary>
    Task<RouteMatch?> MatchAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
