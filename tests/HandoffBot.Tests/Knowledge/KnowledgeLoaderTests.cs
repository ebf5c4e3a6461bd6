using HandoffBot.Knowledge;

namespace HandoffBot.Tests.Knowledge;

/// <summary>Reading a help-center folder: each format, passages, and a broken file skipped by name.</summary>
public sealed class KnowledgeLoaderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Markdown_article_is_read_with_its_front_matter_and_split_into_passages()
    {
        File.WriteAllText(_folder.File("reset-your-password.md"), """
            ---
            title: Reset your password
            url: https://help.example.com/reset
            tags: [account, login]
            questions:
              - I forgot my password
              - can't sign in
            pages: ["/settings/security"]
            ---
            Use **Forgot password?** on the sign-in page and we email you a link that works for one hour.

            ## The email never arrives
            Check your spam folder, then ask your workspace admin whether your address is spelled right in Members.
            """);

        var loaded = KnowledgeLoader.Load(_folder.Path);

        Assert.Empty(loaded.Errors);
        var article = Assert.Single(loaded.Articles);
        Assert.Equal("reset-your-password", article.Id);
        Assert.Equal("Reset your password", article.Title);
        Assert.Equal("https://help.example.com/reset", article.Url);
        Assert.Equal(["account", "login"], article.Tags);
        Assert.Equal(["I forgot my password", "can't sign in"], article.Questions);
        Assert.Equal(["/settings/security"], article.Pages);
        Assert.Equal(2, article.Passages.Count);
        Assert.Equal("The email never arrives", article.Passages[1].Heading);
        Assert.StartsWith("Check your spam folder", article.Passages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Faq_csv_rows_become_articles_with_quoted_commas_kept()
    {
        File.WriteAllText(_folder.File("faq.csv"), """
            question,answer,url
            Can I pay by invoice?,"Yes, on annual plans: ask for ""Pay by invoice"" at checkout.",https://help.example.com/invoice
            Do you have a mobile app?,Yes: iOS and Android.,
            """);

        var loaded = KnowledgeLoader.Load(_folder.Path);

        Assert.Empty(loaded.Errors);
        Assert.Equal(["Can I pay by invoice?", "Do you have a mobile app?"], loaded.Articles.Select(a => a.Title));
        Assert.Equal("Yes, on annual plans: ask for \"Pay by invoice\" at checkout.", loaded.Articles[0].Passages[0].Text);
        Assert.Equal("https://help.example.com/invoice", loaded.Articles[0].Url);
        Assert.Null(loaded.Articles[1].Url);
    }

    [Fact]
    public void Zendesk_export_articles_are_read_from_their_html()
    {
        File.WriteAllText(_folder.File("zendesk.json"), """
            {"articles":[
              {"id":360001,"title":"Connect Slack","body":"<p>Open <strong>Integrations</strong> &amp; pick Slack.</p><h2>Channels</h2><ul><li>Pick a channel</li><li>Choose events</li></ul>","html_url":"https://example.zendesk.com/hc/articles/360001","label_names":["slack","integrations"]},
              {"id":360002,"title":"Draft","body":"<p>not yet</p>","draft":true}
            ]}
            """);

        var loaded = KnowledgeLoader.Load(_folder.Path);

        Assert.Empty(loaded.Errors);
        var article = Assert.Single(loaded.Articles);
        Assert.Equal("zendesk-360001", article.Id);
        Assert.Equal(["slack", "integrations"], article.Tags);
        Assert.Equal("https://example.zendesk.com/hc/articles/360001", article.Url);
        Assert.Equal("Open Integrations & pick Slack.", article.Passages[0].Text);
        Assert.Equal("Channels", article.Passages[1].Heading);
        Assert.Contains("- Pick a channel", article.Passages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_file_is_reported_by_name_and_the_others_still_load()
    {
        File.WriteAllText(_folder.File("good.md"), "---\ntitle: Good\n---\nA body that is long enough to be a passage of its own in the help center.\n");
        File.WriteAllText(_folder.File("no-title.md"), "---\nurl: https://x.example\n---\nBody\n");
        File.WriteAllText(_folder.File("bad-yaml.md"), "---\ntitle: [unclosed\n---\nBody\n");
        File.WriteAllText(_folder.File("broken.json"), "{\"articles\": [");

        var loaded = KnowledgeLoader.Load(_folder.Path);

        Assert.Equal(["good"], loaded.Articles.Select(a => a.Id));
        Assert.Equal(3, loaded.Errors.Count);
        Assert.Contains(loaded.Errors, e => e.StartsWith("no-title.md", StringComparison.Ordinal) && e.Contains("'title' is required", StringComparison.Ordinal));
        Assert.Contains(loaded.Errors, e => e.StartsWith("bad-yaml.md", StringComparison.Ordinal));
        Assert.Contains(loaded.Errors, e => e.StartsWith("broken.json", StringComparison.Ordinal));
    }
}
