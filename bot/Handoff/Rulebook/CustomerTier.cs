namespace HandoffBot.Handoff.Rulebook;

/// <summary>The customer's tier, as in the CRM profile (<c>trial|standard|vip|enterprise</c>).</summary>
public enum CustomerTier
{
    Trial,
    Standard,
    Vip,
    Enterprise,
}
