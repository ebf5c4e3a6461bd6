using System.ComponentModel.DataAnnotations;

namespace HandoffBot.WebChat;

/// <summary>Settings of the built-in chat page's token route (<c>HandoffBot:WebChat</c>).</summary>
public sealed class WebChatOptions : IValidatableObject
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

    /// <summary>
    /// Origins (<c>https://www.example.com</c>) whose pages may frame the chat page (the embed script's panel); the
    /// CSP <c>frame-ancestors</c> of the chat page. Empty: any site may (set it in production).
    /// </summary>
    public List<string> AllowedEmbedOrigins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // An origin is scheme://host[:port] and nothing more: anything else would widen or break the CSP.
        foreach (var origin in AllowedEmbedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
                || !string.Equals(uri.GetLeftPart(UriPartial.Authority), origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                yield return new ValidationResult(
                    $"HandoffBot:WebChat:AllowedEmbedOrigins: '{origin}' is not an origin; give scheme and host only, e.g. https://www.example.com.",
                    [nameof(AllowedEmbedOrigins)]);
            }
        }
    }
}
