using System.ComponentModel.DataAnnotations;

namespace HandoffBot.Agents;

/// <summary>Options bound from <c>HandoffBot:Slack</c> that the urgent-handoff notifier uses.</summary>
public sealed class SlackNotifierOptions
{
    public const string SectionName = "HandoffBot:Slack";

    /// <summary>A Slack incoming webhook (<c>https://hooks.slack.com/services/...</c>); empty = no Slack notices.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Cases at or above this priority are urgent: consoles alert, and Slack hears about them.</summary>
    [Range(0, 100)]
    public int UrgentPriority { get; set; } = 70;
}
