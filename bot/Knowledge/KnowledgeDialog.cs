using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Signals;
using HandoffBot.Knowledge.Generative;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Knowledge;

/// <summary>
/// One knowledge turn, chosen by <see cref="KnowledgeRoute"/>: answers with the best passage and its source and asks
/// "Did that help?", declines below the threshold, or records the customer's yes/no. Reports each to the handoff
/// middleware through <see cref="TurnSignals"/> (it never escalates itself) and ends in the same turn, so a new
/// question after an answer is routed afresh. With generative answers on, an answer is the model's wording of the
/// passages (<see cref="GenerativeAnswerer"/>), or the passage itself when the model has none.
/// </summary>
public sealed class KnowledgeDialog(IStatePropertyAccessor<KnowledgeFeedback> feedback, GenerativeAnswerer generative) : Dialog(DialogId)
{
    public const string DialogId = "knowledge";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not KnowledgeTurn turn)
        {
            throw new ArgumentException($"{nameof(KnowledgeDialog)} needs a {nameof(KnowledgeTurn)}.", nameof(options));
        }

        var context = dc.Context;
        var signals = TurnSignals.For(context);
        var pending = await feedback.GetAsync(context, () => new KnowledgeFeedback(), cancellationToken);
        var previous = pending.ArticleId;
        pending.ArticleId = null;
        pending.ContextAge++;

        switch (turn.Kind)
        {
            case KnowledgeTurnKind.Feedback:
                // The attempt was recorded when the answer was given; this turn says how it ended.
                signals.TopicKey = Topic(turn.ArticleId!);
                signals.Outcome = turn.Helped ? AttemptOutcome.Resolved : AttemptOutcome.Failed;
                signals.CustomerSaidNotHelpful = !turn.Helped;
                await context.SendActivityAsync(MessageFactory.Text(turn.Helped ? KnowledgeMessages.Glad : KnowledgeMessages.Sorry), cancellationToken);
                break;

            case KnowledgeTurnKind.Answer:
                var match = turn.Match!;
                signals.AnswerConfidence = match.Confidence;
                signals.TopicKey = Topic(match.Article.Id);
                if (turn.Repeated)
                {
                    // Back on the article (or, for a follow-up, the passage) just given, without a yes: that answer did
                    // not solve it (a failed attempt on the same topic, for loop detection); the attempt itself was
                    // recorded the first time.
                    signals.Outcome = AttemptOutcome.Failed;
                    signals.CustomerSaidNotHelpful = true;
                }
                else if (turn.FollowUp)
                {
                    // More of the same attempt: its outcome is the customer's answer to "Did that help?" below.
                    pending.ContextAge = 0;
                }
                else
                {
                    signals.Tried = Topic(match.Article.Id);
                    pending.ContextArticleId = match.Article.Id;
                    pending.ContextQuestion = context.Activity.Text;
                    pending.ContextAge = 0;
                }

                var text = await generative.AnswerAsync(context.Activity.Text ?? string.Empty, match, cancellationToken) ?? KnowledgeMessages.Answer(match);
                var answer = MessageFactory.Text(text);
                answer.TextFormat = TextFormatTypes.Markdown;
                await context.SendActivityAsync(answer, cancellationToken);
                await context.SendActivityAsync(
                    MessageFactory.SuggestedActions(new[] { KnowledgeMessages.Yes, KnowledgeMessages.No }, KnowledgeMessages.DidThatHelp, null, InputHints.ExpectingInput),
                    cancellationToken);
                pending.ArticleId = match.Article.Id;
                pending.ContextPassage = match.Passage?.Text;
                break;

            default:
                // Right after an answer, a follow-up the help center cannot answer is still that problem ("still says
                // need access"): it fails on the article's topic, and the article stays the one "did that help" is
                // about. Otherwise no topic key: the middleware recognises a rephrased declined question by meaning.
                if (previous is not null)
                {
                    signals.TopicKey = Topic(previous);
                    pending.ArticleId = previous;
                }

                signals.Declined = true;
                signals.AnswerConfidence = turn.Match?.Confidence ?? 0;
                await context.SendActivityAsync(MessageFactory.Text(KnowledgeMessages.Declined), cancellationToken);
                break;
        }

        await feedback.SetAsync(context, pending, cancellationToken);
        return await dc.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private static string Topic(string articleId) => "article:" + articleId;
}
