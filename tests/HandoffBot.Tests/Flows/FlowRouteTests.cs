using System.Text.RegularExpressions;
using HandoffBot.Dialogs.Flows;
using HandoffBot.Flows;
using HandoffBot.Tests.Handoff.Detection;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Options;

namespace HandoffBot.Tests.Flows;

/// <summary>The flow route with the real sentence encoder, on phrasings that are not among its examples.</summary>
[Collection(DetectionModelCollection.Name)]
public sealed partial class FlowRouteTests(DetectionModelFixture model)
{
    private readonly FlowRoute _route = new(
        new FlowRecognizer(model.Shared), new NoOrders(), new NoAccounts(), Options.Create(new FlowsOptions()));

    [Theory]
    [InlineData("i can't remember my password", nameof(PasswordResetFlow))]
    [InlineData("what plan do we have", nameof(AccountFlow))]
    [InlineData("when do we renew", nameof(AccountFlow))]
    [InlineData("what's the status of my order", nameof(OrderStatusFlow))]
    [InlineData("any news on my ticket", nameof(OrderStatusFlow))]
    [InlineData("my notifications don't come through", nameof(TroubleshootingFlow))]
    [InlineData("the app is not syncing", nameof(TroubleshootingFlow))]
    [InlineData("tasklane won't open", nameof(TroubleshootingFlow))]
    public async Task Requests_a_flow_handles_start_that_flow(string text, string dialogId)
    {
        var match = await MatchAsync(text);

        Assert.Equal(dialogId, match?.DialogId);
    }

    [Theory]
    [InlineData("where is order 10432?", "TL-10432")]
    [InlineData("can you check ticket #48213", "48213")]
    [InlineData("48213", "48213")]
    public async Task An_order_or_ticket_number_starts_order_status_with_the_number(string text, string reference)
    {
        var match = await MatchAsync(text);

        Assert.Equal(nameof(OrderStatusFlow), match?.DialogId);
        Assert.Equal(reference, Assert.IsType<OrderStatusOptions>(match!.Options).Reference);
    }

    [Fact]
    public async Task Routine_how_to_questions_of_the_sample_help_center_are_left_to_the_knowledge_base()
    {
        // Problem reports among them ("I don't get push notifications on my phone") may start a flow: that is its job.
        var howTo = HelpCenterQuestions().Where(q => HowTo().IsMatch(q)).ToList();
        var taken = new List<string>();
        foreach (var question in howTo)
        {
            if (await MatchAsync(question) is { } match)
            {
                taken.Add($"{question} -> {match.Route}");
            }
        }

        Assert.True(howTo.Count >= 35, $"only {howTo.Count} how-to questions found");
        Assert.Empty(taken);
    }

    // The alternate questions of the own evaluation set's help center: how customers ask routine things.
    private static IEnumerable<string> HelpCenterQuestions()
    {
        var folder = Path.Combine(Repository.Root, "tests", "Evaluation", "sets", "tasklane", "kb");
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            var inQuestions = false;
            foreach (var line in File.ReadLines(file).TakeWhile((l, i) => i == 0 || l != "---"))
            {
                inQuestions = line.StartsWith("questions:", StringComparison.Ordinal) || (inQuestions && line.StartsWith("  - ", StringComparison.Ordinal));
                if (inQuestions && line.StartsWith("  - ", StringComparison.Ordinal))
                {
                    yield return line[4..].Trim();
                }
            }
        }
    }

    private Task<Dialogs.Root.RouteMatch?> MatchAsync(string text)
    {
        var context = new TurnContext(new TestAdapter(), MessageFactory.Text(text));
        return _route.MatchAsync(context, CancellationToken.None);
    }

    [GeneratedRegex(@"^(how|where|can|could|what|whats|what's|which|is|are|do|does)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowTo();

    private sealed class NoOrders : IOrderLookup
    {
        public Task<OrderStatus?> FindAsync(string reference, CancellationToken cancellationToken) => Task.FromResult<OrderStatus?>(null);
    }

    private sealed class NoAccounts : IAccountDirectory
    {
        public Task<AccountDetails?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.FromResult<AccountDetails?>(null);
    }
}
