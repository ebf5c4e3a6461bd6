using System.ComponentModel.DataAnnotations;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>Settings of the built-in Direct Line 3.0-compatible endpoint (<c>HandoffBot:DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "HandoffBot:DirectLine";

    /// <summary>
    /// The site secret that <c>POST /v3/directline/tokens/generate</c> and <c>POST /v3/directline/conversations</c>
    /// accept as <c>Authorization: Bearer</c>. Empty: one is generated at first start and stored in the database.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a conversation token is valid; clients refresh at half of it (DirectLineJS every 15 minutes).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "HandoffBot:DirectLine:TokenLifetime must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The largest activity a client may post, in bytes (JSON as sent); larger ones get 413.</summary>
    [Range(1024, 4 * 1024 * 1024, ErrorMessage = "HandoffBot:DirectLine:MaxActivityBytes must be between 1024 and 4194304.")]
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>Activities one conversation may post per minute (a burst of this many, then evenly); more get 429.</summary>
    [Range(1, 10_000, ErrorMessage = "HandoffBot:DirectLine:ActivitiesPerMinute must be between 1 and 10000.")]
    public int ActivitiesPerMinute { get; set; } = 30;

    /// <summary>The bot's account on this channel (<c>recipient</c> of customer activities, <c>from</c> of replies).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "HandoffBot:DirectLine:BotId must not be empty.")]
    public string BotId { get; set; } = "handoffbot";

    /// <summary>The bot's display name on this channel.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "HandoffBot:DirectLine:BotName must not be empty.")]
    public string BotName { get; set; } = "Support assistant";
}
