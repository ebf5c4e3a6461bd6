namespace HandoffBot.Flows;

/// <summary>Options bound from <c>HandoffBot:Flows</c>.</summary>
public sealed class FlowsOptions
{
    public const string SectionName = "HandoffBot:Flows";

    public const string DefaultAccountsPath = "SampleData/accounts.json";

    /// <summary>
    /// Score (0–1, the sentence-encoder similarity to the nearest flow example) from which a message starts a flow.
    /// High on purpose: routine "how do I…" questions belong to the knowledge base, which answers them with a source.
    /// </summary>
    public double Threshold { get; set; } = 0.75;

    /// <summary>
    /// JSON array of billing details per CRM profile id (seats, billing cycle, price, next invoice, payment method) that
    /// the account and billing flows show next to the profile. Relative to the content root, then the app's folder.
    /// </summary>
    public string AccountsPath { get; set; } = DefaultAccountsPath;
}
