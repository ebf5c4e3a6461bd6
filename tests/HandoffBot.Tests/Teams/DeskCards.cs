using HandoffBot.Teams;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.Teams;

/// <summary>Waiting for a case's card in a desk channel, the way an agent meets it.</summary>
internal static class DeskCards
{
    /// <summary>
    /// The card posted in <paramref name="channel"/>, once the bot has stored its thread: it stores it when Teams answers
    /// the post, a moment after the post reaches the listener, and a reply sent before that is not in a case's thread yet.
    /// </summary>
    public static async Task<ReceivedActivity> WaitForCardAsync(this ServiceUrlListener listener, BotHost host, string channel)
    {
        var post = await listener.WaitForAsync(r => r.ConversationId.StartsWith(channel + ";messageid=", StringComparison.Ordinal));
        var threads = host.Services.GetRequiredService<SqliteTeamsDeskThreads>();
        await Eventually.HoldsAsync(() => threads.FindAsync(post.ConversationId, CancellationToken.None), "the card's thread, stored");
        return post;
    }
}
