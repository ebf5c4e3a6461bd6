using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// Conversations on the endpoint: creating and starting them (the bot is told who joined), and taking a client's
/// activity: logged (echoed to the client with its <c>channelData</c>, so Web Chat marks it sent) before the bot
/// runs, so a customer message is never lost to a failing turn.
/// </summary>
public sealed partial class DirectLineConversations(
    IDirectLineStore store,
    DirectLineActivityLog log,
    DirectLineAdapter adapter,
    IBot bot,
    TimeProvider timeProvider,
    ILogger<DirectLineConversations> logger)
{
    /// <summary>Prefix Direct Line reserves for user ids baked into tokens.</summary>
    public const string TokenUserPrefix = "dl_";

    /// <summary>Creates a conversation (not started yet), with the user id its tokens carry, if any.</summary>
    public async Task<DirectLineConversation> CreateAsync(string? userId, CancellationToken cancellationToken)
    {
        var conversation = new DirectLineConversation(
            DirectLineSecret.Base64Url(RandomNumberGenerator.GetBytes(18)), userId, timeProvider.GetUtcNow(), Started: false);
        await store.CreateConversationAsync(conversation, cancellationToken).ConfigureAwait(false);
        return conversation;
    }

    public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        store.FindConversationAsync(conversationId, cancellationToken);

    /// <summary>
    /// Starts the conversation; true when this call started it. The bot then gets one <c>conversationUpdate</c> with
    /// itself and the user when one is known (baked into the token, or named by the start request).
    /// </summary>
    public async Task<bool> StartAsync(DirectLineConversation conversation, string? userId, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (!await store.MarkStartedAsync(conversation.Id, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var members = new List<ChannelAccount> { adapter.Bot };
        if ((conversation.UserId ?? userId) is { Length: > 0 } user)
        {
            members.Add(new ChannelAccount(user, role: RoleTypes.User));
        }

        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("n"),
            ChannelId = DirectLineAdapter.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(id: conversation.Id),
            From = members[^1],
            Recipient = adapter.Bot,
            MembersAdded = members,
            Timestamp = timeProvider.GetUtcNow(),
        };

        try
        {
            await adapter.ProcessActivityAsync(update, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The conversation is usable without a greeting; the client must not fail its start over it.
            LogStartTurnFailed(logger, ex, conversation.Id);
        }

        return true;
    }

    /// <summary>
    /// Logs a client's activity (its echo reaches the client) and runs the bot on it. Typing is streamed, never stored.
    /// Returns the activity's id; throws when the bot's turn fails (the activity stays logged).
    /// </summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity activity, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        var userId = conversation.UserId ?? activity.From!.Id;
        activity.ChannelId = DirectLineAdapter.ChannelId;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = new ChannelAccount(userId, activity.From?.Name, RoleTypes.User);
        activity.Recipient = adapter.Bot;
        activity.Timestamp = timeProvider.GetUtcNow();
        activity.ServiceUrl = null;

        string id;
        if (activity.Type == ActivityTypes.Typing)
        {
            activity.Id = null;
            log.Publish(conversation.Id, activity);
            id = activity.Id!;
        }
        else
        {
            id = (await log.AppendAsync(conversation.Id, activity, cancellationToken).ConfigureAwait(false)).Activity.Id;
        }

        // The bot gets its own copy: the logged one may be on its way down the stream while the turn runs.
        var inbound = DirectLineJson.DeserializeActivity(DirectLineJson.Serialize(activity))!;
        inbound.ServiceUrl = serviceUrl;
        await adapter.ProcessActivityAsync(inbound, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return id;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line: the bot failed on the start of conversation {ConversationId}")]
    private static partial void LogStartTurnFailed(ILogger logger, Exception exception, string conversationId);
}
