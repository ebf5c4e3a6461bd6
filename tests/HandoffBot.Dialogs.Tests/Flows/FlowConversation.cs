using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Signals;
using HandoffBot.Dialogs.Testing;
using HandoffBot.Dialogs.Tests.TestSupport;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Flows;

/// <summary>
/// A flow under test over JSON-only storage (as after a restart), recording each turn's <see cref="TurnSignals"/> and
/// every reply the bot sent in that turn.
/// </summary>
internal sealed class FlowConversation
{
    private readonly DialogTestClient _client;
    private readonly List<TurnSignals> _signals = [];

    public FlowConversation(Dialog flow, object? options = null)
    {
        _client = new DialogTestClient(
            Microsoft.Bot.Connector.Channels.Test, flow, options, [new Recorder(_signals)], new ConversationState(new JsonRoundTripStorage()));
    }

    /// <summary>The signals of the last turn.</summary>
    public TurnSignals Last => _signals[^1];

    public IReadOnlyList<TurnSignals> Turns => _signals;

    public DialogTurnResult? Result => _client.DialogTurnResult;

    /// <summary>Sends <paramref name="text"/> and returns the text of every message the bot replied with.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        var first = await _client.SendActivityAsync<IMessageActivity>(text);
        var replies = new List<string>();
        for (var reply = first; reply is not null; reply = _client.GetNextReply<IMessageActivity>())
        {
            replies.Add(reply.Text);
        }

        return replies;
    }

    private sealed class Recorder(List<TurnSignals> signals) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            var turn = TurnSignals.For(turnContext);
            await next(cancellationToken);
            signals.Add(turn);
        }
    }
}
