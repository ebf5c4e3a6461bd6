using HandoffBot.Customers;
using HandoffBot.Storage;
using HandoffBot.Tests.Storage;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Customers;

public sealed class CustomerContextMiddlewareTests : IDisposable
{
    private static readonly CustomerProfile Elena = new()
    {
        Id = "vip-elena",
        Name = "Elena Rossi",
        Email = "elena.rossi@rossiwine.example.com",
        Tier = CustomerTier.Vip,
        OpenBugs = 1,
        LastCsat = 2,
    };

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Known_account_id_puts_the_profile_in_turn_state_before_the_bot_runs()
    {
        var directory = await SeededDirectoryAsync();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("c1", "vip-elena", "Elena")).Use(NewMiddleware(directory));

        var seen = await RunTurnAsync(adapter, adapter.MakeActivity("hi"));

        Assert.Equal(Elena, seen);
    }

    [Fact]
    public async Task Email_from_channel_data_or_from_properties_or_an_email_account_id_finds_the_profile()
    {
        var directory = await SeededDirectoryAsync();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("c2", "slack-U42", "Elena")).Use(NewMiddleware(directory));

        var viaChannelData = adapter.MakeActivity("hi");
        viaChannelData.ChannelData = new JObject { ["email"] = "ELENA.ROSSI@rossiwine.example.com" };
        var viaProperties = adapter.MakeActivity("hi");
        viaProperties.From = new ChannelAccount("teams-29:abc", "Elena") { Properties = new JObject { ["email"] = "elena.rossi@rossiwine.example.com" } };
        var viaAnonymousChannelData = adapter.MakeActivity("hi");
        viaAnonymousChannelData.ChannelData = new { email = "elena.rossi@rossiwine.example.com" };
        var viaEmailChannel = adapter.MakeActivity("hi");
        viaEmailChannel.From = new ChannelAccount("Elena.Rossi@rossiwine.example.com", "Elena");

        Assert.Equal("vip-elena", (await RunTurnAsync(adapter, viaChannelData))?.Id);
        Assert.Equal("vip-elena", (await RunTurnAsync(adapter, viaProperties))?.Id);
        Assert.Equal("vip-elena", (await RunTurnAsync(adapter, viaAnonymousChannelData))?.Id);
        Assert.Equal("vip-elena", (await RunTurnAsync(adapter, viaEmailChannel))?.Id);
    }

    [Fact]
    public async Task Unknown_account_gets_an_unknown_profile_with_the_channel_name()
    {
        var directory = await SeededDirectoryAsync();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("c3", "emulator-7f3a")).Use(NewMiddleware(directory));
        var activity = adapter.MakeActivity("hi");
        activity.From = new ChannelAccount("emulator-7f3a", "Jo");

        var seen = await RunTurnAsync(adapter, activity);

        Assert.NotNull(seen);
        Assert.False(seen.IsKnown);
        Assert.Equal("emulator-7f3a", seen.Id);
        Assert.Equal("Jo", seen.Name);
        Assert.Equal(CustomerTier.Standard, seen.Tier);
    }

    [Fact]
    public async Task A_failing_crm_does_not_fail_the_turn_and_is_logged()
    {
        var logger = new ListLogger();
        var middleware = new CustomerContextMiddleware(new ThrowingDirectory(), Options.Create(new CrmOptions()), TimeProvider.System, logger);
        var adapter = new TestAdapter(TestAdapter.CreateConversation("c4", "vip-elena", "Elena")).Use(middleware);

        await new TestFlow(adapter, async (turnContext, cancellationToken) =>
            {
                var profile = CustomerContextMiddleware.Get(turnContext);
                await turnContext.SendActivityAsync($"{profile?.Id} known={profile?.IsKnown}", cancellationToken: cancellationToken);
            })
            .Send("hello")
            .AssertReply("vip-elena known=False")
            .StartTestAsync();

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.Contains("vip-elena", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crm_slower_than_the_lookup_timeout_gives_an_unknown_customer()
    {
        var clock = new FakeTimeProvider();
        var directory = new HangingDirectory();
        var middleware = new CustomerContextMiddleware(
            directory, Options.Create(new CrmOptions { LookupTimeout = TimeSpan.FromMinutes(1) }), clock, NullLogger<CustomerContextMiddleware>.Instance);
        var adapter = new TestAdapter(TestAdapter.CreateConversation("c5", "vip-elena", "Elena")).Use(middleware);

        var turn = RunTurnAsync(adapter, adapter.MakeActivity("hi"));
        await directory.Asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromMinutes(1));
        // The directory never answers and ignores its token; a minute of real time is far past the bound below, so only
        // the lookup timeout on the injected clock can end the turn.
        var seen = await turn.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotNull(seen);
        Assert.False(seen.IsKnown);
    }

    [Fact]
    public async Task Continue_conversation_events_and_turns_without_a_sender_are_not_looked_up()
    {
        var directory = new CountingDirectory();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("c6", "vip-elena", "Elena")).Use(NewMiddleware(directory));
        var continuation = adapter.MakeActivity();
        continuation.Type = ActivityTypes.Event;
        continuation.Name = ActivityEventNames.ContinueConversation;
        var anonymous = adapter.MakeActivity("hi");
        anonymous.From = new ChannelAccount(id: " "); // TestAdapter fills a missing From in, so use a blank id.

        Assert.Null(await RunTurnAsync(adapter, continuation));
        Assert.Null(await RunTurnAsync(adapter, anonymous));
        Assert.Equal(0, directory.Calls);
    }

    [Fact]
    public async Task The_profile_is_looked_up_once_per_turn_even_if_the_pipeline_runs_the_middleware_twice()
    {
        var directory = new CountingDirectory();
        var middleware = NewMiddleware(directory);
        var adapter = new TestAdapter(TestAdapter.CreateConversation("c7", "someone", "S")).Use(middleware).Use(middleware);

        await RunTurnAsync(adapter, adapter.MakeActivity("hi"));

        Assert.Equal(1, directory.Calls);
    }

    private static CustomerContextMiddleware NewMiddleware(ICustomerDirectory directory) =>
        new(directory, Options.Create(new CrmOptions()), TimeProvider.System, NullLogger<CustomerContextMiddleware>.Instance);

    private static async Task<CustomerProfile?> RunTurnAsync(TestAdapter adapter, Activity activity)
    {
        CustomerProfile? seen = null;
        await adapter.ProcessActivityAsync(activity, (turnContext, _) =>
        {
            seen = CustomerContextMiddleware.Get(turnContext);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return seen;
    }

    private async Task<ICustomerDirectory> SeededDirectoryAsync()
    {
        var directory = new SqliteCustomerDirectory(new SqliteDatabase(_db.ConnectionString), TimeProvider.System);
        await directory.UpsertAsync(Elena, CancellationToken.None);
        return directory;
    }

    private sealed class ThrowingDirectory : ICustomerDirectory
    {
        public Task<CustomerProfile> FindAsync(string? accountId, string? email, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("CRM is down");

        public Task UpsertAsync(CustomerProfile profile, CancellationToken cancellationToken) => throw new InvalidOperationException("CRM is down");

        public Task<IReadOnlyList<CustomerProfile>> ListAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("CRM is down");
    }

    private sealed class HangingDirectory : ICustomerDirectory
    {
        private readonly TaskCompletionSource<CustomerProfile> _never = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Never answers and ignores its token, like a badly written HTTP client would.</summary>
        public Task<CustomerProfile> FindAsync(string? accountId, string? email, CancellationToken cancellationToken)
        {
            Asked.TrySetResult();
            return _never.Task;
        }

        public Task UpsertAsync(CustomerProfile profile, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<CustomerProfile>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CustomerProfile>>([]);
    }

    private sealed class CountingDirectory : ICustomerDirectory
    {
        private int _calls;

        public int Calls => _calls;

        public Task<CustomerProfile> FindAsync(string? accountId, string? email, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(CustomerProfile.Unknown(accountId ?? string.Empty, null));
        }

        public Task UpsertAsync(CustomerProfile profile, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<CustomerProfile>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CustomerProfile>>([]);
    }

    private sealed class ListLogger : ILogger<CustomerContextMiddleware>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }
}
