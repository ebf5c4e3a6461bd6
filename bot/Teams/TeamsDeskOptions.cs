namespace HandoffBot.Teams;

/// <summary>
/// The Teams agent desk (<c>HandoffBot:Teams:AgentDesk</c>): the channels of the agents' team where new handoffs are
/// posted, per skill. Off without a channel. The team's <see cref="ServiceUrl"/> and <see cref="TenantId"/> come from
/// any activity the bot received in that team (Azure Bot Service sends them with every one).
/// </summary>
public sealed class TeamsDeskOptions
{
    public const string SectionName = "HandoffBot:Teams:AgentDesk";

    /// <summary>The Teams service address for the agents' team, e.g. <c>https://smba.trafficmanager.net/emea/</c>.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>The Microsoft 365 tenant of the agents' team.</summary>
    public string? TenantId { get; set; }

    /// <summary>Channel ids (<c>19:…@thread.tacv2</c>) by skill: each skill's new cases are posted in its channel.</summary>
    public Dictionary<string, string> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The channel for skills without one of their own; none means those cases are not posted.</summary>
    public string? DefaultChannel { get; set; }

    /// <summary>The agent console's public address, for the card's "Open in console" link, e.g. <c>https://support.example.com/agent/</c>.</summary>
    public Uri? ConsoleUrl { get; set; }

    public bool Enabled => Channels.Count > 0 || !string.IsNullOrWhiteSpace(DefaultChannel);

    /// <summary>The channel a case of <paramref name="skill"/> is posted in, if any.</summary>
    public string? ChannelFor(string skill) => Channels.TryGetValue(skill, out var channel) && !string.IsNullOrWhiteSpace(channel) ? channel : DefaultChannel;
}
