using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// Direct Line's <c>ErrorResponse</c> (<c>{"error":{"code","message"}}</c>): <c>code</c> is stable for programs,
/// <c>message</c> says what to do for people.
/// </summary>
internal static class DirectLineError
{
    public static IResult Create(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult MissingCredentials() =>
        Create(StatusCodes.Status401Unauthorized, "MissingCredentials", "Send 'Authorization: Bearer <secret or token>'.");

    public static IResult BadCredentials() =>
        Create(StatusCodes.Status403Forbidden, "BadCredentials", "The secret or token is not valid for this endpoint.");

    public static IResult TokenExpired() =>
        Create(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; get a new one (an expired token cannot be refreshed).");

    public static IResult WrongConversation() =>
        Create(StatusCodes.Status403Forbidden, "Forbidden", "This token belongs to another conversation.");

    public static IResult SecretRequired() =>
        Create(StatusCodes.Status403Forbidden, "Forbidden", "This operation needs the site secret, not a conversation token.");

    public static IResult TokenRequired() =>
        Create(StatusCodes.Status403Forbidden, "Forbidden", "This operation needs a conversation token, not the site secret.");

    public static IResult ConversationNotFound() =>
        Create(StatusCodes.Status404NotFound, "BadArgument", "No such conversation.");

    public static IResult BadArgument(string message) => Create(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(int limit) =>
        Create(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may be at most {limit} bytes (HandoffBot:DirectLine:MaxActivityBytes).");

    public static IResult TooManyRequests(HttpContext http, TimeSpan retryAfter, int perMinute)
    {
        // Standard HTTP: whole seconds (DirectLineJS reads the number as milliseconds, so it simply surfaces the error).
        var seconds = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Create(StatusCodes.Status429TooManyRequests, "TooManyRequests", $"At most {perMinute} activities per minute in a conversation; try again in {seconds} s.");
    }

    public static IResult BotRejected() =>
        Create(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot failed to process the activity; it was saved, try again.");
}
