using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Root;
using HandoffBot.Dialogs.Signals;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Conversation;

/// <summary>
/// The bot: greets each conversation once and runs every message through the root dialog. State lives only in
/// storage, so any process can take the next turn; the pipeline saves it once at the end of the turn.
/// </summary>
public sealed class SupportBot(ConversationState conversationState, RootDialog rootDialog) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    private readonly IStatePropertyAccessor<ConversationFlags> _flags = conversationState.CreateProperty<ConversationFlags>(nameof(ConversationFlags));

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // The bot joining is reported too; only a person joining deserves a greeting, and only once.
        var botId = turnContext.Activity.Recipient?.Id;
        if (!membersAdded.Any(m => m.Id != botId))
        {
            return;
        }

        var flags = await _flags.GetAsync(turnContext, () => new ConversationFlags(), cancellationToken);
        if (flags.Greeted)
        {
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(RootMessages.Greeting), cancellationToken);
        flags.Greeted = true;
        await _flags.SetAsync(turnContext, flags, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (TurnSignals.For(turnContext).AnswerOnly)
        {
            // A person is taking the conversation over: a flow left half-way before the handoff is theirs now, not the bot's.
            await _dialogState.DeleteAsync(turnContext, cancellationToken);
        }

        await rootDialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }

    protected override Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken) =>
        rootDialog.RunAsync(turnContext, _dialogState, cancellationToken);
}
