using HandoffBot.Adapters.DirectLine;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Adapters.Tests.DirectLine;

/// <summary>Attachments Web Chat cannot draw become words the customer can read; the ones it can draw stay.</summary>
public sealed class DirectLineAttachmentFallbackTests
{
    [Fact]
    public void An_unknown_card_is_replaced_by_its_title_and_text()
    {
        var activity = MessageFactory(new Attachment("application/vnd.slack.blocks", content: JObject.Parse("{\"title\":\"Your invoice\",\"text\":\"$120 due on 1 Dec\"}")));

        DirectLineAttachmentFallback.Apply(activity);

        Assert.Empty(activity.Attachments);
        Assert.Equal("Your invoice\n\n$120 due on 1 Dec", activity.Text);
    }

    [Fact]
    public void An_unknown_card_without_words_leaves_a_notice_after_the_text()
    {
        var activity = MessageFactory(new Attachment("application/x-custom", content: new JObject()));
        activity.Text = "Here you go.";

        DirectLineAttachmentFallback.Apply(activity);

        Assert.Equal("Here you go.\n\n" + DirectLineAttachmentFallback.Notice, activity.Text);
    }

    [Fact]
    public void Cards_media_and_files_web_chat_renders_are_kept()
    {
        var hero = new Attachment(HeroCard.ContentType, content: new HeroCard("Plans"));
        var adaptive = new Attachment("application/vnd.microsoft.card.adaptive", content: new JObject());
        var file = new Attachment("application/pdf", "https://example.com/invoice.pdf", name: "invoice.pdf");
        var activity = MessageFactory(hero, adaptive, file);

        DirectLineAttachmentFallback.Apply(activity);

        Assert.Equal(3, activity.Attachments.Count);
        Assert.Null(activity.Text);
    }

    private static Activity MessageFactory(params Attachment[] attachments) =>
        new() { Type = ActivityTypes.Message, Attachments = [.. attachments] };
}
