using Microsoft.Bot.Builder;

namespace HandoffBot.Handoff;

/// <summary>
/// Left in the turn state by the handoff middleware when a customer the bot alone helped says thanks or goodbye (the
/// bot answered something, no person was ever involved in the conversation, none is on the way), so that the CSAT
/// survey can ask how the bot did: the lead compares AI-only ratings with those after a handoff.
/// </summary>
public sealed record AiOnlyFarewell
{
    public static AiOnlyFarewell? Find(ITurnContext turnContext) => turnContext.TurnState.Get<AiOnlyFarewell>();

    public void Publish(ITurnContext turnContext) => turnContext.TurnState.Set(this);
}
