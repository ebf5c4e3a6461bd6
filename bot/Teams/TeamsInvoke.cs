using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Teams;

/// <summary>
/// Answers to an <c>adaptiveCard/action</c> invoke, in the body shapes Teams reads (a replacement card, or an error
/// with a code and a message), and the card update everyone else in the conversation sees.
/// </summary>
public static class TeamsInvoke
{
    public const string CardAction = "adaptiveCard/action";

    /// <summary>The pressed action (<c>value.action</c>) of an invoke, if it has one.</summary>
    public static JObject? Action(Activity invoke) => (invoke?.Value as JObject)?["action"] as JObject;

    /// <summary>A string field of a card's data (or a submitted value), or null when it is missing or not a string.</summary>
    public static string? Text(JToken? data, string key) => data?[key] is JValue { Type: JTokenType.String } value ? (string?)value : null;

    public static JObject Card(JObject card) => new() { ["statusCode"] = 200, ["type"] = TeamsCards.ContentType, ["value"] = card };

    /// <summary>A short message Teams shows the one who pressed the button.</summary>
    public static JObject Message(string text) => new() { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = text };

    public static JObject Error(int status, string code, string message) => new()
    {
        ["statusCode"] = status,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JObject { ["code"] = code, ["message"] = message },
    };

    /// <summary>Answers the invoke with <paramref name="body"/> (its <c>statusCode</c> is the HTTP status).</summary>
    public static Task RespondAsync(ITurnContext turnContext, JObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(body);
        var response = new Activity { Type = ActivityTypesEx.InvokeResponse, Value = new InvokeResponse { Status = (int?)body["statusCode"] ?? 200, Body = body } };
        return turnContext.SendActivityAsync(response, cancellationToken);
    }

    /// <summary>Replaces the pressed card (the invoke's <c>replyToId</c>) for everyone in the conversation.</summary>
    public static async Task ReplaceCardAsync(ITurnContext turnContext, JObject card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            var update = MessageFactory.Attachment(new Attachment(TeamsCards.ContentType, content: card));
            update.Id = cardId;
            await turnContext.UpdateActivityAsync(update, cancellationToken);
        }
    }
}
