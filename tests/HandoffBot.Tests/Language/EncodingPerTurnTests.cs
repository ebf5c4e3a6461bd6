using HandoffBot.Knowledge;
using HandoffBot.Language;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HandoffBot.Tests.Language;

/// <summary>How often a turn reaches the sentence encoder's model, counted where the bot's encoder calls it.</summary>
public sealed class EncodingPerTurnTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private readonly CountingModel _model = new(SharedSentenceEncoder.Instance);
    private ServiceUrlListener _listener = null!;
    private BotHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _listener = await ServiceUrlListener.StartAsync();
        _host = BotHost.Start(_temp.File("bot.db"), configureServices: services =>
        {
            // As in production: the bot's encoder is the model behind its memory of recent texts.
            services.RemoveAll<ISentenceEncoder>();
            services.AddSingleton<ISentenceEncoder>(new CachingSentenceEncoder(_model));
        });
        _http = _host.CreateHttpClient();
    }

    [Fact]
    public async Task A_question_reaches_the_model_once_and_greetings_menu_numbers_and_help_not_at_all()
    {
        var customer = new EmulatorClient(_http, _listener.BaseAddress);
        await customer.SendAsync("what is your refund policy?");
        await _listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.DidThatHelp);
        _model.Calls = 0;

        await customer.SendAsync("thanks!");
        await _listener.WaitForMessageAsync(customer.ConversationId, "You're welcome");
        await customer.SendAsync("help");
        await _listener.WaitForMessageAsync(customer.ConversationId, HandoffBot.Dialogs.Root.RootMessages.HelpIntro);
        await customer.SendAsync("3");
        await _listener.WaitForMessageAsync(customer.ConversationId, "Ask about invoices, payment methods");
        Assert.Equal(0, _model.Calls);

        await customer.SendAsync("how do I export my data?");
        await WaitForCountAsync(customer, KnowledgeMessages.DidThatHelp, 2);
        Assert.Equal(1, _model.Calls);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _listener.DisposeAsync();
        _temp.Dispose();
    }

    private Task WaitForCountAsync(EmulatorClient customer, string text, int count) =>
        _listener.WaitForAsync(_ => _listener.Received.Count(r => r.ConversationId == customer.ConversationId && r.Activity.Text == text) >= count);

    private sealed class CountingModel(ISentenceEncoder model) : ISentenceEncoder
    {
        public int Calls { get; set; }

        public int Dimensions => model.Dimensions;

        public float[] Encode(string text) => EncodeBatch([text])[0];

        public IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts)
        {
            Calls++;
            return model.EncodeBatch(texts);
        }
    }
}
