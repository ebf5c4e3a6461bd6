using Microsoft.Bot.Builder;

namespace HandoffBot.Handoff;

/// <summary>
/// Left in the turn state by the handoff middleware when a case ends in this turn (<c>completed</c>, <c>failed</c>, or
/// <c>withdrawn</c> by the customer), so that the CSAT survey and the follow-up desk can react without reading its state.
/// </summary>
public sealed record HandoffEnded(string HandoffId, string Outcome)
{
    public const string Completed = "completed";

    public const string Withdrawn = "withdrawn";

    public static HandoffEnded? Find(ITurnContext turnContext) => turnContext.TurnState.Get<HandoffEnded>();

    public void Publish(ITurnContext turnContext) => turnContext.TurnState.Set(this);
}
