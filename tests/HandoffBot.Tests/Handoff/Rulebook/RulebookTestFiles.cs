namespace HandoffBot.Tests.Handoff.Rulebook;

/// <summary>The shipped rulebook, and a small valid rulebook that tests edit one line at a time.</summary>
internal static class RulebookTestFiles
{
    public const string Minimal = """
        version: 1
        skills:
          - name: billing
            businessHours:
              timeZone: Europe/Berlin
              days: [monday, friday]
              open: "09:00"
              close: "17:00"
              holidays: ["2026-12-25"]
        defaultSkill: billing
        buckets:
          - name: billing-info
            action: resolve
            examples: [what is your refund policy?, where are my invoices?]
        explicitTriggers:
          - name: human-request
            examples: [I want a human]
          - name: refund-demand
            skill: billing
            examples: [give me my money back]
        boundaries:
          - name: legal
            skill: billing
            examples: [I will sue you]
        implicit:
          sentiment: { frustrationThreshold: 0.6, window: 3 }
          loops: { maxAttempts: 2, notHelpedPhrases: [that didn't help] }
          confidence:
            threshold: 0.55
        context:
          churnSignals: [we might switch]
          rules:
            - name: vip
              when: { tier: [vip] }
              weight: 20
        priority:
          agingPerMinute: 1
          immediateHandoffAt: 70
          triggers: { human-request: 20, refund-demand: 30, legal: 40, frustration: 25, loop: 15, lowConfidence: 10 }
        offer: { cooldownTurns: 3 }
        messages:
          transition: Connecting you with a person; expected wait {wait}.
          offer: Would you like a person?
          offerAccept: Yes
          offerDecline: No
          refusalAcknowledgement: OK.
          waitingAcknowledgement: Noted.
          handoffFailed: Sorry, nobody is available.
        """;

    public static string ShippedPath => Path.Combine(Repository.Root, "bot", "rulebook.yaml");

    /// <summary><paramref name="yaml"/> with the first occurrence of <paramref name="from"/> replaced.</summary>
    public static string Edit(this string yaml, string from, string to)
    {
        var index = yaml.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{from}' is not in the rulebook text.");
        return string.Concat(yaml.AsSpan(0, index), to, yaml.AsSpan(index + from.Length));
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/>.</summary>
    public static int LineOf(this string yaml, string text)
    {
        var index = yaml.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in the rulebook text.");
        return yaml.AsSpan(0, index).Count('\n') + 1;
    }
}
