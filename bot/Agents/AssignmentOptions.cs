using System.ComponentModel.DataAnnotations;

namespace HandoffBot.Agents;

/// <summary>Options bound from <c>HandoffBot:Handoff</c> that the assignment service uses.</summary>
public sealed class AssignmentOptions
{
    public const string SectionName = "HandoffBot:Handoff";

    /// <summary>An offered case not accepted by then is re-offered to the next agent.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan AcceptTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
