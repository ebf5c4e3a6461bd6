using System.Text.RegularExpressions;
using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Root;
using HandoffBot.Handoff.Rulebook;
using HandoffBot.Knowledge.Generative;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Knowledge;

/// <summary>
/// Knowledge answers, asked after the guided flows: takes every message once the help center is loaded. A yes or no
/// right after an answer is the customer's reply to "Did that help?"; anything else is searched, and answered when
/// the confidence reaches the rulebook's threshold (<c>implicit.confidence.threshold</c>), or, shortly after an
/// answer, when read in that answer's context it still asks about that article; declined otherwise.
/// </summary>
public sealed partial class KnowledgeRoute(KnowledgeBase knowledge, RulebookProvider rulebooks, ConversationState conversationState, GenerativeAnswerer generative) : IRootRoute
{
    public const string RouteName = "knowledge";

    /// <summary>How many knowledge turns after an answer a message is still read in that answer's context.</summary>
    public const int ContextTurns = 3;

    /// <summary>
    /// The share of a follow-up's own words the article must use to answer it in context: "does that work on the free
    /// plan?" after the export answer (the article says "every plan, including Free"), not "it still says access denied".
    /// </summary>
    public const double FollowUpCoverage = 0.6;

    private readonly IStatePropertyAccessor<KnowledgeFeedback> _feedback = conversationState.CreateProperty<KnowledgeFeedback>(nameof(KnowledgeFeedback));
    private readonly KnowledgeDialog _dialog = new(conversationState.CreateProperty<KnowledgeFeedback>(nameof(KnowledgeFeedback)), generative);

    public int Order => 200;

    public bool AnswersInOneTurn => true;

    public IEnumerable<Dialog> Dialogs => [_dialog];

    public async Task<RouteMatch?> MatchAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        if (knowledge.Current is not { } index || index.Articles.Count == 0 || string.IsNullOrEmpty(text))
        {
            return null;
        }

        var feedback = await _feedback.GetAsync(turnContext, () => new KnowledgeFeedback(), cancellationToken);
        if (feedback.ArticleId is { } answered && Reply(text) is { } helped)
        {
            return new RouteMatch(RouteName, KnowledgeDialog.DialogId, new KnowledgeTurn(KnowledgeTurnKind.Feedback, null, answered, helped));
        }

        var page = Page(turnContext.Activity.ChannelData);
        var match = index.Search(text, page);
        if (match is null)
        {
            return null;
        }

        var kind = match.Confidence >= rulebooks.Current.Implicit.Confidence.Threshold ? KnowledgeTurnKind.Answer : KnowledgeTurnKind.Decline;
        if (kind == KnowledgeTurnKind.Decline
            && feedback is { ContextArticleId: { } context, ContextQuestion: { } previous, ContextAge: < ContextTurns }
            && index.SearchFollowUp(text, previous, context, FollowUpCoverage, page) is { } followUp)
        {
            // Read with the question before it, the message stays on the article just given, and the article speaks
            // to it: answer from the passage it asks about, before declining. The passage just quoted, quoted again,
            // is that answer not solving it ("no, the packing slip size, not the label"): a failed attempt.
            var again = followUp.Passage?.Text == feedback.ContextPassage;
            return new RouteMatch(RouteName, KnowledgeDialog.DialogId, new KnowledgeTurn(KnowledgeTurnKind.Answer, followUp, Repeated: again, FollowUp: true));
        }

        var repeated = kind == KnowledgeTurnKind.Answer && string.Equals(feedback.ArticleId, match.Article.Id, StringComparison.Ordinal);
        return new RouteMatch(RouteName, KnowledgeDialog.DialogId, new KnowledgeTurn(kind, match, Repeated: repeated));
    }

    /// <summary>True for a yes, false for a no, null for anything else (a new question).</summary>
    public static bool? Reply(string text) =>
        YesReply().IsMatch(text) ? true : NoReply().IsMatch(text) ? false : null;

    // channelData is whatever the channel sent: a page that is not a string, or data that is not an object, is no page.
    private static string? Page(object? channelData)
    {
        try
        {
            var json = channelData as JObject ?? (channelData is null or JToken or string ? null : JToken.FromObject(channelData) as JObject);
            return json?["page"] is JValue { Type: JTokenType.String } page ? (string?)page : null;
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    // A yes, or a short report that it worked ("ok turned it on, works now 👍"), unless it says it still does not.
    [GeneratedRegex(@"^\s*(yes|yeah|yep|yup|y|it did|it helped|that helped|that worked|perfect|great|thanks?|thank you)\b[\s!.,]*(thanks?|thank you)?[\s!.]*$|^(?!.*\b(not|n't|still|no)\b)(?!.*n't).{0,80}\b(works now|working now|it works|that worked|it worked|fixed it|got it|all good|sorted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesReply();

    // Only a bare no: sentences such as "that didn't help" are the handoff middleware's to count (its not-helped
    // phrases), and counting them here too would make one failure count twice.
    [GeneratedRegex(@"^\s*(no|nope|nah|n|not really)[\s!.,]*(thanks?|thank you)?[\s!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoReply();
}
