using HandoffBot.Csat;
using HandoffBot.Customers;
using HandoffBot.FollowUps;
using HandoffBot.Handoff;
using HandoffBot.Insights;
using HandoffBot.Storage;
using HandoffBot.Teams;
using HandoffBot.Transcripts;
using Microsoft.Bot.Builder;

namespace HandoffBot.Hosting;

/// <summary>
/// The middleware every channel's adapter runs, in one order, so that a turn from the Emulator, Azure Bot Service or
/// the built-in Direct Line endpoint is logged, attributed to a customer and watched by the handoff engine alike.
/// </summary>
public static class BotPipeline
{
    public static TAdapter UseBotPipeline<TAdapter>(this TAdapter adapter, IServiceProvider services)
        where TAdapter : BotAdapter
    {
        // One turn per conversation at a time; then the transcript, outside the retry so that a turn re-run after
        // a storage conflict logs its inbound activity once; the retry wraps everything that touches state.
        // Insights outermost, to time whole turns; then Teams: a channel message not addressed to the bot is not a turn.
        adapter.Use(services.GetRequiredService<InsightsMiddleware>());
        adapter.Use(services.GetRequiredService<TeamsMiddleware>());
        adapter.Use(services.GetRequiredService<ConversationLockMiddleware>());
        adapter.Use(services.GetRequiredService<TranscriptMiddleware>());
        adapter.Use(services.GetRequiredService<CustomerContextMiddleware>());
        adapter.Use(services.GetRequiredService<ConcurrencyRetryMiddleware>());
        // The one state write of a turn, after everything inside has changed what it changes (inside the retry, so a
        // conflicting write re-runs the turn on fresh state). Nothing below saves on its own.
        adapter.Use(new AutoSaveStateMiddleware(services.GetRequiredService<ConversationState>(), services.GetRequiredService<UserState>()));
        adapter.Use(services.GetRequiredService<WaitingCustomerMiddleware>());
        adapter.Use(services.GetRequiredService<CsatMiddleware>());
        adapter.Use(services.GetRequiredService<FollowUpMiddleware>());
        adapter.Use(services.GetRequiredService<HandoffMiddleware>());
        return adapter;
    }
}
