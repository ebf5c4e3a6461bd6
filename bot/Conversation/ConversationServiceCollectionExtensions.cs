using HandoffBot.Dialogs.Root;
using Microsoft.Bot.Builder;

namespace HandoffBot.Conversation;

/// <summary>Registers the bot and its dialogs.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        // Dialogs hold no per-conversation data (that lives in ConversationState), so one instance serves every turn.
        builder.Services.AddSingleton<RootDialog>();
        builder.Services.AddSingleton<IBot, SupportBot>();
        return builder;
    }
}
