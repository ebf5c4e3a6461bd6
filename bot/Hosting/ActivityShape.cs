using System.Text.Json;

namespace HandoffBot.Hosting;

/// <summary>
/// What an activity posted to <c>/api/messages</c> must have before the adapter sees it: a JSON object (at most 64
/// levels deep) with a <c>type</c>, a <c>channelId</c>, a <c>conversation.id</c> and an absolute http(s)
/// <c>serviceUrl</c> (where replies go), each of the right JSON type.
/// </summary>
public static class ActivityShape
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>What is wrong with the activity in <paramref name="body"/>, or null when its shape is right.</summary>
    public static async Task<string?> ProblemAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return $"The body is not JSON: {ex.Message}";
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "An activity is a JSON object.";
            }

            if (!IsText(root, "type"))
            {
                return "The activity needs a type (a string), e.g. \"message\".";
            }

            if (!IsText(root, "channelId"))
            {
                return "The activity needs a channelId (a string).";
            }

            if (!root.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object || !IsText(conversation, "id"))
            {
                return "The activity needs a conversation with an id (a string).";
            }

            if (!root.TryGetProperty("serviceUrl", out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String
                || !Uri.TryCreate(TextOf(serviceUrl), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return "The activity needs a serviceUrl, an absolute http(s) URL where replies go.";
            }

            foreach (var account in new[] { "from", "recipient" })
            {
                if (root.TryGetProperty(account, out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                {
                    return $"The activity's {account} must be an object.";
                }
            }

            return null;
        }
    }

    private static bool IsText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && TextOf(value) is { Length: > 0 };

    // A string with a lone surrogate is JSON, but not text: GetString refuses it.
    private static string? TextOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
