namespace HandoffBot.Adapters.Slack;

/// <summary>
/// The Slack channel (<c>HandoffBot:Slack</c>): the app's signing secret and bot token, from the app's settings in
/// Slack. Without a signing secret the channel is off.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "HandoffBot:Slack";

    /// <summary>The app's signing secret (Basic Information > App Credentials); every request from Slack is verified with it.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot user OAuth token (<c>xoxb-…</c>, OAuth &amp; Permissions) the Web API calls are made with.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Slack Web API's base address; tests point it at a loopback stub.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>How old a signed request may be before it is refused as a replay (Slack: five minutes).</summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest request body accepted from Slack, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Turns waiting to run, per worker, before Slack is asked to retry later (503).</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>How many conversations run turns at the same time (each conversation's turns run in order).</summary>
    public int Workers { get; set; } = 4;

    /// <summary>How many times a Web API call that failed (not 429) is tried again.</summary>
    public int SendRetries { get; set; } = 2;

    public bool Enabled => !string.IsNullOrEmpty(SigningSecret);
}
