using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// Who a Slack user is (<c>users.info</c>): their name for the agent, and their email, which is how the CRM knows
/// them. Remembered for an hour; a lookup that fails leaves the customer unknown rather than failing the turn.
/// </summary>
public sealed partial class SlackUsers(SlackWebApi api, TimeProvider timeProvider, ILogger<SlackUsers> logger)
{
    private static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (string? Name, string? Email, DateTimeOffset At)> _known = new(StringComparer.Ordinal);

    public async Task<(string? Name, string? Email)> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_known.TryGetValue(userId, out var known) && now - known.At < Memory)
        {
            return (known.Name, known.Email);
        }

        try
        {
            var (name, email) = await api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
            _known[userId] = (name, email, now);
            return (name, email);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or System.Text.Json.JsonException)
        {
            LogLookupFailed(logger, ex, userId);
            return (null, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack users.info for {UserId} failed; the customer stays unknown for this turn")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception, string userId);
}
