using System.ComponentModel.DataAnnotations;

namespace HandoffBot.WebChat;

/// <summary>Settings of the built-in chat page's token route (<c>HandoffBot:WebChat</c>).</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "HandoffBot:WebChat";

    /// <summary>Conversations one client address may open per minute through <c>POST /api/webchat/token</c>; more get 429.</summary>
    [Range(1, 10_000, ErrorMessage = "HandoffBot:WebChat:TokensPerMinute must be between 1 and 10000.")]
    public int TokensPerMinute { get; set; } = 10;

    /// <summary>
    /// An external Direct Line (Azure Bot Service: <c>https://directline.botframework.com/v3/directline</c>) whose
    /// <c>tokens/generate</c> the token route calls with <c>HandoffBot:DirectLine:Secret</c>; the page then talks to it.
    /// Empty: the built-in endpoint.
    /// </summary>
    [Url(ErrorMessage = "HandoffBot:WebChat:DirectLineEndpoint must be an absolute http(s) URL, e.g. https://directline.botframework.com/v3/directline.")]
    public string? DirectLineEndpoint { get; set; }
}
