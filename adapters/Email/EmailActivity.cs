using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Adapters.Email;

/// <summary>The activity a customer's mail becomes: the email channel's conventions (from.id is the sender's address).</summary>
public static class EmailActivity
{
    public const string ChannelId = "email";

    /// <summary>The service URL of email conversations: the channel lives in this process; nothing is called there.</summary>
    public const string ServiceUrl = "urn:handoffbot:email";

    public static Activity From(InboundEmail mail, EmailThread thread, EmailOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(options);
        var from = new ChannelAccount(mail.FromAddress, mail.FromName, RoleTypes.User);
        from.Properties["email"] = mail.FromAddress;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = mail.MessageId,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Timestamp = now,
            From = from,
            Recipient = new ChannelAccount(options.Address, EmailAdapter.BotName, RoleTypes.Bot),
            Conversation = new ConversationAccount(id: thread.ConversationId, name: thread.Subject),
            Text = Chosen(mail.Text, thread.Choices),
            TextFormat = TextFormatTypes.Plain,
            // Listed for the agent, not carried: the file stays in the mailbox.
            Attachments = [.. mail.Attachments.Select(a => new Attachment(a.ContentType, name: $"{a.Name} ({Size(a.Bytes)})"))],
            ChannelData = new JObject
            {
                ["subject"] = mail.Subject,
                ["attachments"] = new JArray(mail.Attachments.Select(a => new JObject { ["name"] = a.Name, ["contentType"] = a.ContentType, ["bytes"] = a.Bytes })),
            },
        };
    }

    // A reply of just a number (or the words of a choice) answers the numbered choices of the bot's last mail.
    private static string Chosen(string text, IReadOnlyList<EmailChoice> choices)
    {
        var answer = text.Split('\n', 2)[0].Trim().TrimEnd('.', ')');
        if (choices.Count == 0)
        {
            return text;
        }

        if (int.TryParse(answer, out var number) && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1].Value;
        }

        return choices.FirstOrDefault(c => string.Equals(c.Title, answer, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Value, answer, StringComparison.OrdinalIgnoreCase))?.Value ?? text;
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}
