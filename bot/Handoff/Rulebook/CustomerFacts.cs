namespace HandoffBot.Handoff.Rulebook;

/// <summary>
/// What the rulebook's contextual rules look at: facts from the customer's profile and the conversation.
/// <paramref name="DaysToRenewal"/> is null when there is no renewal date; <paramref name="ChurnSignal"/> is true
/// when the customer has said something like "thinking of switching".
/// </summary>
public sealed record CustomerFacts(
    CustomerTier? Tier = null,
    int OpenBugs = 0,
    int? LastCsat = null,
    int? DaysToRenewal = null,
    bool ChurnSignal = false);
