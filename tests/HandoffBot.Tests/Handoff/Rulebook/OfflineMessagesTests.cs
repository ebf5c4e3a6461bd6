using HandoffBot.Handoff.Rulebook;

namespace HandoffBot.Tests.Handoff.Rulebook;

/// <summary>The rulebook's messages for when nobody can answer soon.</summary>
public sealed class OfflineMessagesTests
{
    [Fact]
    public void Closed_message_fills_in_when_the_team_is_back()
    {
        var yaml = RulebookTestFiles.Minimal.Edit("  handoffFailed: Sorry, nobody is available.", "  handoffFailed: Sorry, nobody is available.\n  closed: We're closed; back {when}.\n  unstaffed: Everyone is busy.");

        var messages = RulebookLoader.Parse(yaml, "test.yaml").Messages;

        Assert.Equal("We're closed; back Monday at 09:00.", messages.FormatClosed("Monday at 09:00"));
        Assert.Equal("Everyone is busy.", messages.Unstaffed);
    }

    [Fact]
    public void Rulebooks_without_offline_messages_use_the_built_in_wording()
    {
        var messages = RulebookLoader.Parse(RulebookTestFiles.Minimal, "test.yaml").Messages;

        Assert.Equal(RulebookMessages.DefaultClosed, messages.Closed);
        Assert.Equal(RulebookMessages.DefaultUnstaffed, messages.Unstaffed);
        Assert.Equal(RulebookMessages.DefaultWithdrawn, messages.Withdrawn);
    }

    [Fact]
    public void Closed_message_without_when_is_rejected_with_its_path()
    {
        var yaml = RulebookTestFiles.Minimal.Edit("  handoffFailed: Sorry, nobody is available.", "  handoffFailed: Sorry, nobody is available.\n  closed: We're closed.");

        var failure = Assert.Throws<RulebookValidationException>(() => RulebookLoader.Parse(yaml, "test.yaml"));

        var error = Assert.Single(failure.Errors);
        Assert.Equal("messages.closed", error.Path);
        Assert.Contains("{when}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shipped_rulebook_says_when_the_team_is_back()
    {
        var rulebook = await RulebookLoader.LoadFileAsync(RulebookTestFiles.ShippedPath);

        Assert.Contains(RulebookMessages.WhenPlaceholder, rulebook.Messages.Closed, StringComparison.Ordinal);
        Assert.Contains("busy or away", rulebook.Messages.Unstaffed, StringComparison.Ordinal);
    }
}
