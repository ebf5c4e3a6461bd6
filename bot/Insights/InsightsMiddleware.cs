using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace HandoffBot.Insights;

/// <summary>Counts and times every turn, on every channel: the outermost middleware of the pipeline.</summary>
public sealed class InsightsMiddleware(HandoffInstruments instruments) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            instruments.Turn(turnContext.Activity.ChannelId ?? "unknown", turnContext.Activity.Type ?? "unknown", Stopwatch.GetElapsedTime(started));
        }
    }
}
