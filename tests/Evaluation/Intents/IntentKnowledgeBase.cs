using HandoffBot.Knowledge;

namespace HandoffBot.Evaluation.Intents;

/// <summary>Turns an intent dataset's training split into a help center: one article per intent, K example questions each.</summary>
public static class IntentKnowledgeBase
{
    /// <summary>
    /// <c>shots</c> is the number of questions per intent (null: the whole training split); the K are a fixed random
    /// sample drawn with <c>seed</c>.
    /// </summary>
    public static IReadOnlyList<KnowledgeArticle> Articles(IReadOnlyList<LabeledUtterance> train, int? shots, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(train);
        var random = new Random(seed);
        return
        [
            .. train
                .GroupBy(u => u.Intent, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var questions = g.Select(u => u.Text).ToList();
                    if (shots is int k && k < questions.Count)
                    {
                        questions = [.. questions.OrderBy(_ => random.Next()).Take(k)];
                    }

                    return new KnowledgeArticle(
                        g.Key, g.Key.Replace('_', ' '), null, [], questions, [], [], $"{g.Key} (training split)");
                }),
        ];
    }
}
