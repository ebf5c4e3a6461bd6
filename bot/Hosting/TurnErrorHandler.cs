using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace HandoffBot.Hosting;

/// <summary>
/// Logs the failure with its conversation and tells the customer, in neutral words, that something went wrong.
/// Conversation state is deliberately kept: what the customer already said must not be lost to a bug.
/// </summary>
public sealed partial class TurnErrorHandler(ILogger<TurnErrorHandler> logger) : ITurnErrorHandler
{
    public const string Apology =
        "Sorry, something went wrong on our side. Please send that again in a moment; nothing you've told me is lost.";

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        LogTurnFailed(logger, exception, activity.Conversation?.Id, activity.ChannelId, activity.Type);

        // Only message turns come from a person waiting for an answer; events and updates fail quietly.
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Apology), CancellationToken.None);
            if (activity.ChannelId == Channels.Emulator)
            {
                // The Emulator is a developer tool: show the developer what failed, never the customer.
                await turnContext.TraceActivityAsync(
                    "TurnError", exception.GetType().FullName, "https://www.botframework.com/schemas/error", exception.Message, CancellationToken.None);
            }
        }
        catch (Exception sendFailure)
        {
            LogApologyFailed(logger, sendFailure, activity.Conversation?.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId} on {ChannelId} ({ActivityType})")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? conversationId, string? channelId, string? activityType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send the apology to conversation {ConversationId}")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception, string? conversationId);
}
