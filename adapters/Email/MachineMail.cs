using MimeKit;

namespace HandoffBot.Adapters.Email;

/// <summary>
/// Mail that a machine sent — auto-replies, bounces, mailing lists, the bot's own mail — which is recorded but never
/// answered: answering it starts a mail loop (RFC 3834 for Auto-Submitted; RFC 3464 for delivery status reports).
/// </summary>
public static class MachineMail
{
    private static readonly string[] MachineSenders = ["mailer-daemon", "postmaster", "noreply", "no-reply", "do-not-reply", "donotreply"];

    /// <summary>Why <paramref name="message"/> must not be answered, or null for mail a person wrote.</summary>
    public static string? Reason(MimeMessage message, string ownAddress)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = message.Headers;
        if (headers[HeaderId.AutoSubmitted] is { } autoSubmitted && !autoSubmitted.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase))
        {
            return $"Auto-Submitted: {autoSubmitted.Trim()}";
        }

        if (headers[HeaderId.Precedence] is { } precedence && precedence.Trim().ToLowerInvariant() is "bulk" or "junk" or "list")
        {
            return $"Precedence: {precedence.Trim()}";
        }

        if (headers[HeaderId.ListId] is not null)
        {
            return "a mailing list (List-Id)";
        }

        if (headers["X-Autoreply"] is not null || headers["X-Autorespond"] is not null || headers["X-Auto-Response-Suppress"] is { } suppress && suppress.Contains("All", StringComparison.OrdinalIgnoreCase))
        {
            return "an auto-reply";
        }

        if (message.Body is MultipartReport report && string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase)
            || message.BodyParts.Any(p => p is MessageDeliveryStatus))
        {
            return "a delivery status report (bounce)";
        }

        if (headers[HeaderId.ReturnPath] is { } returnPath && returnPath.Trim() == "<>")
        {
            return "a bounce (empty Return-Path)";
        }

        var from = message.From.Mailboxes.FirstOrDefault()?.Address ?? string.Empty;
        if (!from.Contains('@', StringComparison.Ordinal))
        {
            // Nobody to answer: recorded like machine mail rather than failing at the SMTP server.
            return "no sender address";
        }

        var local = from.Split('@')[0].ToLowerInvariant();
        if (MachineSenders.Contains(local))
        {
            return $"sent by {from}";
        }

        return string.Equals(from, ownAddress, StringComparison.OrdinalIgnoreCase) ? "sent by the support address itself" : null;
    }
}
