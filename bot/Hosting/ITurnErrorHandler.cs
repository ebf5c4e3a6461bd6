using Microsoft.Bot.Builder;

namespace HandoffBot.Hosting;

/// <summary>The one place a failed turn is handled, whatever the channel adapter.</summary>
public interface ITurnErrorHandler
{
    Task HandleAsync(ITurnContext turnContext, Exception exception);
}
