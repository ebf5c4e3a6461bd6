using System.Net;
using System.Text.RegularExpressions;
using HandoffBot.Handoff;
using HandoffBot.Knowledge;
using HandoffBot.Knowledge.Generative;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HandoffBot.Tests.Knowledge.Generative;

/// <summary>
/// Generative answers through the Emulator's path: the real host and help center, the real OpenAI client, and a
/// chat-completions server on loopback standing in for the model.
/// </summary>
public sealed class GenerativeAnswerTests : IAsyncLifetime
{
    private const string ApiKey = "sk-test-generative";
    private const string PasswordArticle = "https://help.tasklane.example/articles/reset-your-password";

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _clock = OpenHours.Clock();
    private ChatCompletionsStub _model = null!;
    private ServiceUrlListener _listener = null!;
    private BotHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _model = await ChatCompletionsStub.StartAsync();
        _listener = await ServiceUrlListener.StartAsync();
        _host = BotHost.Start(
            _temp.File("bot.db"),
            new Dictionary<string, string?>
            {
                ["HandoffBot:Generative:Endpoint"] = _model.Endpoint.ToString(),
                ["HandoffBot:Generative:Model"] = "stub-model",
                ["HandoffBot:Generative:ApiKey"] = ApiKey,
            },
            services =>
            {
                services.AddSingleton<TimeProvider>(_clock);
                services.AddSingleton<IAgentAvailability>(new TestAgentAvailability());
            });
        _http = _host.CreateHttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _listener.DisposeAsync();
        await _model.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Routine_question_gets_the_models_answer_grounded_in_the_retrieved_passage_with_its_source()
    {
        _model.Reply = "Click **Forgot password?** on the sign-in page and follow the link we email you.";
        var customer = NewConversation();

        await customer.SendAsync("how do I reset my password?");

        var answer = await _listener.WaitForMessageAsync(customer.ConversationId, "Forgot password?** on the sign-in page");
        Assert.EndsWith($"Source: [Reset your password or fix sign-in trouble]({PasswordArticle})", answer.Activity.Text, StringComparison.Ordinal);
        await _listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.DidThatHelp);

        var request = Assert.Single(_model.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal($"Bearer {ApiKey}", request.Authorization);
        Assert.Contains("stub-model", request.Body, StringComparison.Ordinal);
        var prompt = request.Prompt;
        Assert.Contains(GenerativeAnswerer.NotInSources, prompt, StringComparison.Ordinal);
        Assert.Contains("how do I reset my password?", prompt, StringComparison.Ordinal);
        Assert.Contains(PasswordArticle, prompt, StringComparison.Ordinal);
        Assert.Contains(QuotedPassage("how do I reset my password?")[..30], prompt, StringComparison.Ordinal);
        // Only the matched article: no other help-center article reaches the model.
        Assert.Equal([PasswordArticle], Regex.Matches(prompt, @"https://help\.tasklane\.example/articles/[a-z0-9-]+").Select(m => m.Value).Distinct());
    }

    [Fact]
    public async Task Model_that_finds_no_answer_in_the_passages_leaves_the_passage_answer()
    {
        _model.Reply = GenerativeAnswerer.NotInSources;
        var customer = NewConversation();

        await customer.SendAsync("how do I reset my password?");

        var answer = await _listener.WaitForMessageAsync(customer.ConversationId, "Source: [");
        Assert.DoesNotContain(GenerativeAnswerer.NotInSources, answer.Activity.Text, StringComparison.Ordinal);
        Assert.EndsWith($"({PasswordArticle})", answer.Activity.Text, StringComparison.Ordinal);
        Assert.Single(_model.Requests);
    }

    [Fact]
    public async Task Model_failure_leaves_the_passage_answer_and_no_error_for_the_customer()
    {
        _model.FailWith = HttpStatusCode.InternalServerError;
        var customer = NewConversation();

        await customer.SendAsync("how do I reset my password?");

        var answer = await _listener.WaitForMessageAsync(customer.ConversationId, "Source: [");
        Assert.EndsWith($"({PasswordArticle})", answer.Activity.Text, StringComparison.Ordinal);
        await _listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.DidThatHelp);
        Assert.DoesNotContain(_listener.Received, r => r.ConversationId == customer.ConversationId
            && ((r.Activity.Text?.Contains("error", StringComparison.OrdinalIgnoreCase) ?? false) || (r.Activity.Text?.Contains("went wrong", StringComparison.OrdinalIgnoreCase) ?? false)));
        // One attempt only: the customer is waiting.
        Assert.Single(_model.Requests);
    }

    [Fact]
    public async Task Model_that_does_not_answer_in_time_leaves_the_passage_answer()
    {
        _model.Hang = true;
        var customer = NewConversation();

        // The Emulator's POST returns when the turn is over, so it is awaited only after the clock has moved on.
        var turn = customer.SendAsync("how do I reset my password?");
        await Eventually.HoldsAsync(() => Task.FromResult(_model.Requests.FirstOrDefault()), "the model to be asked");
        _clock.Advance(TimeSpan.FromSeconds(11));

        // Well inside the client's own 10 s network timeout: only the injected clock can have ended the wait.
        await turn.WaitAsync(TimeSpan.FromSeconds(5));
        var answer = await _listener.WaitForMessageAsync(customer.ConversationId, "Source: [");
        Assert.EndsWith($"({PasswordArticle})", answer.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Model_that_cites_the_article_itself_gets_no_second_link()
    {
        _model.Reply = $"Use **Forgot password?** on the sign-in page.\n\nSource: [Reset your password or fix sign-in trouble]({PasswordArticle})";
        var customer = NewConversation();

        await customer.SendAsync("how do I reset my password?");

        var answer = await _listener.WaitForMessageAsync(customer.ConversationId, "Use **Forgot password?**");
        Assert.Equal(_model.Reply, answer.Activity.Text);
    }

    [Fact]
    public async Task Model_that_cites_a_link_it_was_not_given_gets_the_articles_link_instead()
    {
        _model.Reply = "Use **Forgot password?** on the sign-in page.\nSource: [Passwords](https://example.com/made-up)";
        var customer = NewConversation();

        await customer.SendAsync("how do I reset my password?");

        var answer = await _listener.WaitForMessageAsync(customer.ConversationId, "Use **Forgot password?**");
        Assert.DoesNotContain("made-up", answer.Activity.Text, StringComparison.Ordinal);
        Assert.EndsWith($"Source: [Reset your password or fix sign-in trouble]({PasswordArticle})", answer.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_scope_question_is_declined_without_asking_the_model()
    {
        _model.Reply = "It will be sunny.";
        var customer = NewConversation();

        await customer.SendAsync("what's the weather like in Dublin tomorrow?");

        await _listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.Declined);
        Assert.Empty(_model.Requests);
        Assert.DoesNotContain(_listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("sunny", StringComparison.Ordinal) ?? false));
    }

    private EmulatorClient NewConversation() => new(_http, _listener.BaseAddress);

    // The passage the bot quotes without a model: the model must have been given it.
    private string QuotedPassage(string question) =>
        _host.Services.GetRequiredService<KnowledgeBase>().Current!.Search(question)!.Passage!.Text;
}
