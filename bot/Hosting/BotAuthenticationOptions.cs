using System.ComponentModel.DataAnnotations;

namespace HandoffBot.Hosting;

/// <summary>
/// Overrides for Bot Framework channel authentication (section <c>HandoffBot:Auth</c>). The credentials themselves
/// stay at the configuration root (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, ...) where the Bot Framework
/// and Azure expect them.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "HandoffBot:Auth";

    /// <summary>
    /// OpenID metadata document that lists the keys channels sign their tokens with. Empty means the public
    /// Azure Bot Service document. Set it for a private cloud, or in tests that serve their own keys.
    /// </summary>
    [Url]
    public string? ChannelOpenIdMetadataUrl { get; set; }

    /// <summary>Issuer expected in channel tokens when <see cref="ChannelOpenIdMetadataUrl"/> is set; empty means the public issuer.</summary>
    public string? ChannelTokenIssuer { get; set; }
}
