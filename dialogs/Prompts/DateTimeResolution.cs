namespace HandoffBot.Dialogs.Prompts;

/// <summary>One reading of a date/time reply, as resolved by Microsoft.Recognizers.Text.</summary>
public class DateTimeResolution
{
    /// <summary>Gets or sets a single point in time, e.g. "2025-03-11 15:00:00".</summary>
    public string? Value { get; set; }

    /// <summary>Gets or sets the start of a range.</summary>
    public string? Start { get; set; }

    /// <summary>Gets or sets the end of a range.</summary>
    public string? End { get; set; }

    /// <summary>Gets or sets the TIMEX expression, e.g. "2025-03-11T15".</summary>
    public string? Timex { get; set; }
}
