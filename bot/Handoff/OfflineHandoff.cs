using Microsoft.Bot.Builder;

namespace HandoffBot.Handoff;

/// <summary>
/// Left in the turn state by the handoff middleware when it opened a case nobody can answer soon, so that the follow-up
/// offer can start in the same turn.
/// </summary>
public sealed record OfflineHandoff(string HandoffId, string Skill, StaffingStatus Staffing)
{
    public static OfflineHandoff? Find(ITurnContext turnContext) => turnContext.TurnState.Get<OfflineHandoff>();

    public void Publish(ITurnContext turnContext) => turnContext.TurnState.Set(this);
}
