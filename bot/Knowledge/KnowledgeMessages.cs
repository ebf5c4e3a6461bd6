namespace HandoffBot.Knowledge;

/// <summary>What the knowledge layer says, in the same voice as the support team.</summary>
public static class KnowledgeMessages
{
    public const string DidThatHelp = "Did that help?";

    public const string Yes = "Yes";

    public const string No = "No";

    public const string Declined = "I'm not sure I can answer that from our help center, and I'd rather not guess.";

    public const string Glad = "Great, glad that helped! Anything else I can do for you?";

    public const string Sorry = "Sorry that didn't help. Could you tell me a bit more about what you're trying to do?";

    /// <summary>The answer: the passage, then where it comes from (Markdown: web chat, Teams and the Emulator render it).</summary>
    public static string Answer(KnowledgeMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var text = match.Passage?.Text ?? match.Article.Title;
        return text + "\n\n" + Source(match.Article);
    }

    /// <summary>Where an answer comes from: the article's link, or its title when it has none.</summary>
    public static string Source(KnowledgeArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Url is { } url ? $"Source: [{article.Title}]({url})" : $"Source: *{article.Title}*";
    }
}
