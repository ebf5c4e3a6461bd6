namespace HandoffBot.Dialogs.Choices;

/// <summary>The choice a user's reply matched.</summary>
public class FoundChoice
{
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets the zero-based index of the choice in the list offered.</summary>
    public int Index { get; set; }

    /// <summary>Gets or sets the share of the choice's words found in the reply, 0 to 1.</summary>
    public double Score { get; set; }

    /// <summary>Gets or sets the value, synonym or index text that matched.</summary>
    public string? Synonym { get; set; }
}
