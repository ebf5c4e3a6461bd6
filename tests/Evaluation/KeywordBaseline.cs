using System.Text.RegularExpressions;

namespace HandoffBot.Evaluation;

/// <summary>
/// What a support team gets from a keyword rule instead of HandoffBot: hand off at the first customer message that
/// names a person or a sensitive topic. The yardstick of <c>-- handoff &lt;set&gt; --baseline</c>: a detector that does not
/// beat it by a wide margin is not worth its model.
/// </summary>
public static partial class KeywordBaseline
{
    /// <summary>Plays a conversation against the keyword rule: the handoff comes with the first matching message.</summary>
    public static PlayedConversation Play(LabeledConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var turns = new List<PlayedTurn>();
        int? handoffTurn = null;
        for (var i = 0; i < conversation.Turns.Count && handoffTurn is null; i++)
        {
            var matches = Keywords().IsMatch(conversation.Turns[i].Text);
            if (matches)
            {
                handoffTurn = i + 1;
            }

            turns.Add(new PlayedTurn(i + 1, conversation.Turns[i], [], [], matches, 0));
        }

        return new PlayedConversation(conversation, turns, handoffTurn, HandoffScore.Classify(conversation, handoffTurn));
    }

    [GeneratedRegex(
        @"\b(human|agent|person|people|someone|representative|operator|manager|supervisor|refund\w*|money back|chargeback|cancel\w*|complain\w*|lawyer|legal|sue|gdpr|hack\w*|fraud\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keywords();
}
