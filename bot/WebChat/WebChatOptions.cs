using System.ComponentModel.DataAnnotations;

namespace HandoffBot.WebChat;

/// <summary>Settings of the built-in chat page's token route (<c>HandoffBot:WebChat</c>).</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "HandoffBot:WebChat";

    /// <summary>Conversations one client address may open per minute through <c>POST /api/webchat/token</c>; more get 429.</summary>
    [Range(1, 10_000, ErrorMessage = "HandoffBot:WebChat:TokensPerMinute must be between 1 and 10000.")]
    public int TokensPerMinute { get; set; } = 10;
}
