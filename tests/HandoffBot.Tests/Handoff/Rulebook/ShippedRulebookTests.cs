using HandoffBot.Handoff.Rulebook;

namespace HandoffBot.Tests.Handoff.Rulebook;

public sealed class ShippedRulebookTests
{
    private static readonly HandoffBot.Handoff.Rulebook.Rulebook Shipped =
        RulebookLoader.LoadFileAsync(RulebookTestFiles.ShippedPath).GetAwaiter().GetResult();

    [Fact]
    public void Shipped_rulebook_loads_with_the_issue_defaults()
    {
        Assert.Equal(2, Shipped.Implicit.Loops.MaxAttempts);
        Assert.Equal(["billing", "technical", "account-management", "legal-compliance", "security"], Shipped.Skills.Select(s => s.Name));
        Assert.Equal(["human-request", "cancellation", "refund-demand", "billing-dispute", "complaint"], Shipped.ExplicitTriggers.Select(t => t.Name));
        Assert.Equal(["legal", "compliance", "security-incident", "pricing-negotiation", "account-exception"], Shipped.Boundaries.Select(b => b.Name));
        Assert.Contains("{wait}", Shipped.Messages.Transition, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_rulebook_has_8_to_12_examples_per_trigger_boundary_and_bucket()
    {
        var lists = Shipped.ExplicitTriggers.Select(t => (t.Name, t.Examples))
            .Concat(Shipped.Boundaries.Select(b => (b.Name, b.Examples)))
            .Concat(Shipped.Buckets.Select(b => (b.Name, b.Examples)));

        Assert.All(lists, l => Assert.InRange(l.Examples.Count, 8, 12));
    }

    [Fact]
    public void How_to_questions_about_cancelling_and_refunds_are_resolved_not_triggers()
    {
        var resolve = Shipped.Buckets.Where(b => b.Action == BucketAction.Resolve).SelectMany(b => b.Examples).ToList();

        Assert.Contains("how do I cancel a shared link?", resolve);
        Assert.Contains("what is your refund policy?", resolve);
        Assert.DoesNotContain(Shipped.ExplicitTriggers.SelectMany(t => t.Examples), e => e.Contains("shared link", StringComparison.OrdinalIgnoreCase) || e.Contains("policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Frustrated_churn_risk_vip_outranks_a_trial_user_asking_for_a_human()
    {
        var vip = PriorityCalculator.Compute(Shipped, [HandoffBot.Handoff.Rulebook.Rulebook.FrustrationTrigger], new CustomerFacts(CustomerTier.Vip, ChurnSignal: true));
        var trial = PriorityCalculator.Compute(Shipped, ["human-request"], new CustomerFacts(CustomerTier.Trial));

        Assert.True(vip.Score > trial.Score, $"VIP {vip} should outrank trial {trial}");
        Assert.Equal(95, vip.Score);
        Assert.Equal(30, trial.Score);
        Assert.True(vip.HandOffImmediately);
        Assert.False(trial.HandOffImmediately);
        Assert.Equal(["base:base", "trigger:frustration", "context:vip-customer", "context:churn-risk"], vip.Contributions.Select(c => $"{c.Kind}:{c.Name}"));
    }

    [Fact]
    public void A_clearly_angry_vip_is_handed_off_at_once_and_an_angry_standard_customer_is_offered_a_person()
    {
        var vip = PriorityCalculator.Compute(Shipped, [HandoffBot.Handoff.Rulebook.Rulebook.FrustrationTrigger], new CustomerFacts(CustomerTier.Vip));
        var standard = PriorityCalculator.Compute(Shipped, [HandoffBot.Handoff.Rulebook.Rulebook.FrustrationTrigger], new CustomerFacts(CustomerTier.Standard));

        Assert.True(vip.HandOffImmediately, vip.ToString());
        Assert.False(standard.HandOffImmediately, standard.ToString());
    }

    [Fact]
    public void Priority_ages_per_minute_waiting_and_is_capped_at_100()
    {
        var fresh = PriorityCalculator.Compute(Shipped, ["human-request"], new CustomerFacts(CustomerTier.Trial));
        var waited = PriorityCalculator.Compute(Shipped, ["human-request"], new CustomerFacts(CustomerTier.Trial), minutesWaiting: 10);
        var everything = PriorityCalculator.Compute(Shipped, ["security-incident", "complaint", "frustration"], new CustomerFacts(CustomerTier.Enterprise, 3, 1, 5, true), 60);

        Assert.Equal(fresh.Score + 15, waited.Score);
        Assert.Contains(waited.Contributions, c => c.Kind == "aging" && c.Points == 15);
        Assert.Equal(100, everything.Score);
    }

    [Fact]
    public void Context_rules_lower_thresholds_for_at_risk_customers()
    {
        var trial = Shipped.Context.Resolve(Shipped.Implicit, new CustomerFacts(CustomerTier.Trial));
        var vipChurning = Shipped.Context.Resolve(Shipped.Implicit, new CustomerFacts(CustomerTier.Vip, ChurnSignal: true));

        Assert.Equal(new EffectiveThresholds(0.6, 2, 0.55, false), trial);
        Assert.Equal(new EffectiveThresholds(0.45, 1, 0.55, true), vipChurning);
    }

    [Fact]
    public void Business_hours_respect_time_zone_days_and_holidays()
    {
        var billing = Shipped.FindSkill("billing")!.Hours;

        Assert.True(billing.IsOpen(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero)));   // Tue 09:00 New York
        Assert.False(billing.IsOpen(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));  // Tue 07:00 New York
        Assert.False(billing.IsOpen(new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.Zero)));  // Saturday
        Assert.False(billing.IsOpen(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero)));  // Thanksgiving holiday
    }

    [Fact]
    public void Security_is_staffed_around_the_clock_including_the_last_minute_of_the_day()
    {
        var security = Shipped.FindSkill("security")!.Hours;

        Assert.True(security.IsOpen(new DateTimeOffset(2026, 12, 25, 23, 59, 30, TimeSpan.Zero)));
        Assert.True(security.IsOpen(new DateTimeOffset(2026, 12, 26, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Shipped_rulebook_is_copied_next_to_the_app()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, RulebookOptions.DefaultFileName)));
    }
}
