using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Adapters.Hosting;

/// <summary>
/// An adapter whose channel lives in this process (no Bot Connector service in between): it runs the pipeline on the
/// activities its endpoints read, and on proactive turns (agent replies, handoff status events), awaiting the callback
/// to its end; the base class disposes the turn context before the callback's task completes.
/// </summary>
public abstract class InProcessAdapter : BotAdapter
{
    /// <summary>Runs one turn of the bot on an activity that reached the channel's endpoint.</summary>
    public virtual async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        await OnTurnEndAsync(context, cancellationToken).ConfigureAwait(false);
    }

    public override Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);
    }

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);
    }

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);
    }

    /// <summary>Runs a proactive turn on exactly <paramref name="continuationActivity"/>, so its name and value (a <c>handoff.status</c> event, say) reach the pipeline.</summary>
    public override Task ContinueConversationAsync(string botId, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(continuationActivity);
        return ContinueAsync(continuationActivity, callback, cancellationToken);
    }

    /// <summary>Called on a proactive turn's context before the pipeline runs, for what the channel needs of such turns.</summary>
    protected virtual void OnContinuation(TurnContext context, Activity continuation)
    {
    }

    /// <summary>Called when a turn's pipeline has run, before its context is disposed: for channels that send a turn's replies together.</summary>
    protected virtual Task OnTurnEndAsync(ITurnContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ContinueAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, continuation);
        OnContinuation(context, continuation);
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        await OnTurnEndAsync(context, cancellationToken).ConfigureAwait(false);
    }
}
