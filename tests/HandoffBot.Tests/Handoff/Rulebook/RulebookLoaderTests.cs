using HandoffBot.Handoff.Rulebook;

namespace HandoffBot.Tests.Handoff.Rulebook;

public sealed class RulebookLoaderTests
{
    private const string Yaml = RulebookTestFiles.Minimal;

    private static RulebookError SingleError(string yaml)
    {
        var failure = Assert.Throws<RulebookValidationException>(() => RulebookLoader.Parse(yaml, "test.yaml"));
        return Assert.Single(failure.Errors);
    }

    [Fact]
    public void Minimal_rulebook_parses_into_the_typed_model()
    {
        var rulebook = RulebookLoader.Parse(Yaml, "test.yaml");

        Assert.Equal("test.yaml", rulebook.Source);
        Assert.Equal(0.55, rulebook.Implicit.Confidence.Threshold);
        Assert.Equal(0.85, rulebook.Implicit.Loops.RephraseSimilarity);
        Assert.Equal(BucketAction.Resolve, Assert.Single(rulebook.Buckets).Action);
        Assert.Null(rulebook.ExplicitTriggers[0].Skill);
        Assert.Equal("billing", rulebook.ExplicitTriggers[1].Skill);
        Assert.Equal(new TimeOnly(9, 0), rulebook.Skills[0].Hours.Open);
        Assert.Equal("Connecting you with a person; expected wait 5 minutes.", rulebook.Messages.FormatTransition("5 minutes"));
    }

    [Fact]
    public void Threshold_out_of_range_names_the_path_and_its_line()
    {
        var yaml = Yaml.Edit("threshold: 0.55", "threshold: 1.5");

        var error = SingleError(yaml);

        Assert.Equal("implicit.confidence.threshold", error.Path);
        Assert.Equal(yaml.LineOf("threshold: 1.5"), error.Line);
        Assert.Equal(16, error.Column);
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"line {error.Line}, column 16: implicit.confidence.threshold:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_threshold_on_line_7_says_line_7()
    {
        var implicitBlock = "implicit:\n  sentiment: { frustrationThreshold: 0.6, window: 3 }\n  loops: { maxAttempts: 2, notHelpedPhrases: [that didn't help] }\n  confidence:\n    threshold: 0.55\n";
        var yaml = """
            implicit:
              sentiment: { frustrationThreshold: 0.6, window: 3 }
              loops: { maxAttempts: 2, notHelpedPhrases: [that didn't help] }
              confidence:
                # Below this the bot declines
                # and offers a person.
                threshold: 7

            """ + Yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Edit(implicitBlock, string.Empty);

        var failure = Assert.Throws<RulebookValidationException>(() => RulebookLoader.Parse(yaml, "rulebook.yaml"));

        var error = Assert.Single(failure.Errors);
        Assert.Equal(7, error.Line);
        Assert.Equal("implicit.confidence.threshold", error.Path);
        Assert.Contains("line 7, column 16: implicit.confidence.threshold: is 7, out of range: must be between 0 and 1.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_is_reported_with_the_expected_keys()
    {
        var yaml = Yaml.Edit("  sentiment: { frustrationThreshold: 0.6, window: 3 }", "  sentiment: { frustrationThreshold: 0.6, window: 3, windw: 4 }");

        var error = SingleError(yaml);

        Assert.Equal("implicit.sentiment.windw", error.Path);
        Assert.Equal(yaml.LineOf("windw"), error.Line);
        Assert.Contains("unknown key \"windw\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("frustrationThreshold, window", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_field_is_reported_at_its_parent()
    {
        var yaml = Yaml.Edit("offer: { cooldownTurns: 3 }", "offer: {}");

        var error = SingleError(yaml);

        Assert.Equal("offer.cooldownTurns", error.Path);
        Assert.Equal(yaml.LineOf("offer: {}"), error.Line);
        Assert.Contains("required but missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_skill_referenced_by_a_trigger_is_reported()
    {
        var yaml = Yaml.Edit("    skill: billing\n    examples: [give me", "    skill: finance\n    examples: [give me");

        var error = SingleError(yaml);

        Assert.Equal("explicitTriggers[1].skill", error.Path);
        Assert.Equal(yaml.LineOf("skill: finance"), error.Line);
        Assert.Contains("unknown skill \"finance\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_rule_names_the_team_its_cases_go_to_and_an_unknown_one_is_reported()
    {
        var routed = RulebookLoader.Parse(Yaml.Edit("      when: { tier: [vip] }\n      weight: 20", "      when: { tier: [vip] }\n      weight: 20\n      skill: billing"), "test.yaml");
        Assert.Equal("billing", Assert.Single(routed.Context.Rules).Skill);

        var yaml = Yaml.Edit("      when: { tier: [vip] }\n      weight: 20", "      when: { tier: [vip] }\n      weight: 20\n      skill: finance");
        var error = SingleError(yaml);

        Assert.Equal("context.rules[0].skill", error.Path);
        Assert.Contains("unknown skill \"finance\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_example_list_is_reported()
    {
        var yaml = Yaml.Edit("examples: [I will sue you]", "examples: []");

        var error = SingleError(yaml);

        Assert.Equal("boundaries[0].examples", error.Path);
        Assert.Equal(yaml.LineOf("examples: []"), error.Line);
        Assert.Contains("empty list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_trigger_names_are_reported_at_the_second()
    {
        var yaml = Yaml.Edit("  - name: refund-demand", "  - name: human-request").Edit(" refund-demand: 30,", string.Empty);

        var error = SingleError(yaml);

        Assert.Equal("explicitTriggers[1].name", error.Path);
        Assert.Equal(yaml.LineOf("  - name: human-request\n    skill"), error.Line);
        Assert.Contains("duplicate name \"human-request\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_time_zone_id_is_reported()
    {
        var yaml = Yaml.Edit("timeZone: Europe/Berlin", "timeZone: Mars/Olympus");

        var error = SingleError(yaml);

        Assert.Equal("skills[0].businessHours.timeZone", error.Path);
        Assert.Equal(yaml.LineOf("Mars/Olympus"), error.Line);
        Assert.Contains("unknown time zone id \"Mars/Olympus\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_time_format_is_reported()
    {
        var yaml = Yaml.Edit("open: \"09:00\"", "open: 9am");

        var error = SingleError(yaml);

        Assert.Equal("skills[0].businessHours.open", error.Path);
        Assert.Equal(yaml.LineOf("open: 9am"), error.Line);
        Assert.Contains("HH:mm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_trigger_in_priority_weights_is_reported()
    {
        var yaml = Yaml.Edit("legal: 40,", "legal: 40, lawsuit: 5,");

        var error = SingleError(yaml);

        Assert.Equal("priority.triggers.lawsuit", error.Path);
        Assert.Contains("unknown trigger \"lawsuit\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trigger_without_a_weight_is_reported()
    {
        var yaml = Yaml.Edit(" legal: 40,", string.Empty);

        var error = SingleError(yaml);

        Assert.Equal("priority.triggers.legal", error.Path);
        Assert.Contains("every trigger needs a weight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transition_without_wait_placeholder_is_reported()
    {
        var yaml = Yaml.Edit("expected wait {wait}.", "soon.");

        var error = SingleError(yaml);

        Assert.Equal("messages.transition", error.Path);
        Assert.Contains("{wait}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_utterance_in_a_resolve_bucket_and_a_trigger_is_reported()
    {
        var yaml = Yaml.Edit("examples: [give me my money back]", "examples: [give me my money back, what is your refund policy?]");

        var error = SingleError(yaml);

        Assert.Equal("explicitTriggers[1].examples[1]", error.Path);
        Assert.Contains("also an example at buckets[0].examples[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_syntax_is_reported_with_its_position()
    {
        var yaml = Yaml.Edit("offer: { cooldownTurns: 3 }", "offer: { cooldownTurns: 3");

        var failure = Assert.Throws<RulebookValidationException>(() => RulebookLoader.Parse(yaml, "test.yaml"));

        var error = Assert.Single(failure.Errors);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= yaml.LineOf("offer: {"), error.ToString());
    }

    [Fact]
    public void Bad_indentation_is_reported_on_its_line()
    {
        var yaml = Yaml.Edit("offer: { cooldownTurns: 3 }", "offer:\n  cooldownTurns: 3\n    extra: 1");

        var failure = Assert.Throws<RulebookValidationException>(() => RulebookLoader.Parse(yaml, "test.yaml"));

        var error = Assert.Single(failure.Errors);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.Equal(yaml.LineOf("    extra: 1"), error.Line);
    }

    [Fact]
    public void Several_errors_are_reported_together_in_file_order()
    {
        var yaml = Yaml
            .Edit("timeZone: Europe/Berlin", "timeZone: Nowhere/Land")
            .Edit("close: \"17:00\"", "close: \"25:00\"")
            .Edit("examples: [I will sue you]", "examples: []")
            .Edit("window: 3", "window: 0")
            .Edit("threshold: 0.55", "threshold: high")
            .Edit("cooldownTurns: 3", "cooldownTurns: 3, cooldown: 2");

        var failure = Assert.Throws<RulebookValidationException>(() => RulebookLoader.Parse(yaml, "test.yaml"));

        Assert.Equal(
            [
                "skills[0].businessHours.timeZone",
                "skills[0].businessHours.close",
                "boundaries[0].examples",
                "implicit.sentiment.window",
                "implicit.confidence.threshold",
                "offer.cooldown",
            ],
            failure.Errors.Select(e => e.Path));
        Assert.Equal(failure.Errors.OrderBy(e => e.Line).Select(e => e.Line), failure.Errors.Select(e => e.Line));
        Assert.Contains("test.yaml has 6 error(s)", failure.Message, StringComparison.Ordinal);
        Assert.All(failure.Errors, e => Assert.Contains(e.ToString(), failure.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_top_level_section_is_reported()
    {
        var yaml = Yaml + "\nescalations: {}\n";

        var error = SingleError(yaml);

        Assert.Equal("escalations", error.Path);
        Assert.Equal(yaml.LineOf("escalations:"), error.Line);
        Assert.Equal(1, error.Column);
    }

    [Fact]
    public void Text_where_a_list_is_expected_is_reported()
    {
        var yaml = Yaml.Edit("examples: [I will sue you]", "examples: I will sue you");

        var error = SingleError(yaml);

        Assert.Equal("boundaries[0].examples", error.Path);
        Assert.Contains("must be a list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handoff_bucket_without_a_skill_is_reported()
    {
        var yaml = Yaml.Edit("action: resolve", "action: handoff");

        var error = SingleError(yaml);

        Assert.Equal("buckets[0].skill", error.Path);
        Assert.Contains("required for a handoff bucket", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        var failure = Assert.Throws<RulebookValidationException>(() => RulebookLoader.Parse("# nothing yet\n", "test.yaml"));

        Assert.Contains("empty", Assert.Single(failure.Errors).Message, StringComparison.Ordinal);
    }
}
