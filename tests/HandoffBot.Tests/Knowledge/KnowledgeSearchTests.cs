using HandoffBot.Evaluation.Intents;
using HandoffBot.Knowledge;

namespace HandoffBot.Tests.Knowledge;

/// <summary>Searching the sample help center: typos and word forms, the page the customer is on, and what it must not answer.</summary>
public sealed class KnowledgeSearchTests(KnowledgeIndexFixture fixture) : IClassFixture<KnowledgeIndexFixture>
{
    [Theory]
    [InlineData("I forgot my pasword and cant log in", "reset-your-password")]
    [InlineData("resetting passwords", "reset-your-password")]
    [InlineData("invoise for last month", "invoices-and-billing-details")]
    [InlineData("how do I conect slak to tasklane", "slack-integration")]
    [InlineData("exporting all our projects to a spreadsheet", "export-your-data")]
    [InlineData("turning on 2fa for the whole team", "two-factor-authentication")]
    public void Typos_and_other_word_forms_still_find_the_article(string question, string article)
    {
        Assert.Equal(article, fixture.Index.Search(question)?.Article.Id);
    }

    [Theory]
    [InlineData("how do I reset my password", "reset-your-password")]
    [InlineData("where can I download my invoices?", "invoices-and-billing-details")]
    [InlineData("how do I connect Slack", "slack-integration")]
    [InlineData("set up single sign-on with Okta", "sso-setup")]
    [InlineData("is there an app for android", "mobile-app")]
    [InlineData("can I import my Trello boards", "import-from-other-tools")]
    public void Routine_question_is_answered_confidently_with_a_passage(string question, string article)
    {
        var match = fixture.Index.Search(question);

        Assert.NotNull(match);
        Assert.Equal(article, match.Article.Id);
        Assert.True(match.Confidence >= fixture.Threshold, $"confidence {match.Confidence:0.00} is below {fixture.Threshold}");
        Assert.NotNull(match.Passage);
    }

    [Theory]
    [InlineData("does it integrate with SAP Ariba?")]
    [InlineData("what's the weather like tomorrow?")]
    [InlineData("can you recommend a good pizza place nearby")]
    [InlineData("who won the football game last night")]
    public void Out_of_scope_question_scores_below_the_threshold(string question)
    {
        var match = fixture.Index.Search(question);

        Assert.True(match is null || match.Confidence < fixture.Threshold, $"{match?.Article.Id} at {match?.Confidence:0.00}");
    }

    [Fact]
    public void Answer_is_a_passage_of_the_article_not_the_whole_article()
    {
        var match = fixture.Index.Search("what happens to my data if I drop to the free plan");

        Assert.NotNull(match?.Passage);
        var whole = string.Join("\n", match.Article.Passages.Select(p => p.Text));
        Assert.True(match.Passage.Text.Length < whole.Length);
    }

    [Theory]
    [InlineData("how do I add our VAT number to invoices?", "VAT or tax ID")]
    [InlineData("how do I change the card you charge?", "Update card")]
    [InlineData("where do I download last month's invoice?", "downloaded as a PDF")]
    public void A_long_passage_is_quoted_at_the_part_that_answers_the_question(string question, string expected)
    {
        var match = fixture.Index.Search(question);

        Assert.Equal("invoices-and-billing-details", match?.Article.Id);
        Assert.Contains(expected, match!.Passage!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_the_customer_is_on_decides_between_two_equally_good_articles()
    {
        KnowledgeArticle Article(string id, string page) => new(
            id, "Export your data", null, [], ["how do I export my data"], [page],
            [new KnowledgePassage(null, "Open the export screen and pick CSV or JSON; the file arrives by email.")], id + ".md");
        using var index = KnowledgeIndex.Build(fixture.Encoder, [Article("billing-export", "/settings/billing"), Article("project-export", "/projects")]);

        Assert.Equal("project-export", index.Search("how do I export", "/projects/42/board")?.Article.Id);
        Assert.Equal("billing-export", index.Search("how do I export", "/settings/billing")?.Article.Id);
    }

    [Fact]
    public void A_passage_too_long_to_quote_is_cut_at_the_item_the_question_is_about()
    {
        var filler = string.Concat(Enumerable.Repeat("Projects keep their boards, lists and files in one place for the whole team. ", 5));
        var text = $"{filler}\n\n- **Archiving**: archived projects are read-only and can be restored by an Admin.\n" +
            $"- **Deleting**: a deleted project stays in the trash for 30 days, then it is gone for good.\n- **Moving**: {filler}";
        using var index = KnowledgeIndex.Build(fixture.Encoder, [new KnowledgeArticle(
            "projects", "Projects", null, [], ["how do I delete a project"], [], [new KnowledgePassage(null, text)], "projects.md")]);

        var passage = index.Search("how long does a deleted project stay in the trash?")?.Passage;

        Assert.True(text.Length > 700);
        Assert.NotNull(passage);
        Assert.StartsWith("- **Deleting**", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intent_smoke_set_is_answered_accurately_through_the_knowledge_layer()
    {
        // Five Banking77 intents, ten training questions each, every test query of those intents.
        string[] intents = ["card_arrival", "exchange_rate", "lost_or_stolen_card", "pending_transfer", "top_up_failed"];

        var data = IntentDataset.Load("banking77", IntentDataset.DataFolder()).Only(intents);
        var result = await IntentEvaluator.RunAsync(data, 10, TextWriter.Null, SharedSentenceEncoder.Instance);

        Assert.Equal(5, result.Articles);
        Assert.True(result.InScope.Count >= 150, $"only {result.InScope.Count} test queries");
        Assert.True(result.Accuracy >= 0.9, $"accuracy {result.Accuracy:0.000}");
    }
}
