using HandoffBot.Tests.TestSupport;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HandoffBot.Tests.Agents;

/// <summary>
/// The bot with its agent hub on loopback, a customer channel (serviceUrl listener) and a controllable clock set inside
/// every team's business hours (Tuesday 1 December 2026, 15:00 UTC). <see cref="RestartAsync"/> starts a new process on the
/// same database, as after a crash.
/// </summary>
public abstract class AgentHubHost : IAsyncLifetime
{
    public static readonly DateTimeOffset OpenHours = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();
    private readonly List<AgentClient> _agents = [];

    protected FakeTimeProvider Clock { get; } = new(OpenHours);

    protected ServiceUrlListener Listener { get; private set; } = null!;

    protected BotHost Host { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        Listener = await ServiceUrlListener.StartAsync();
        Start();
    }

    public virtual async Task DisposeAsync()
    {
        await StopAsync();
        await Listener.DisposeAsync();
        _temp.Dispose();
    }

    protected async Task RestartAsync()
    {
        await StopAsync();
        Start();
    }

    protected async Task<AgentClient> SignInAsync(string agentId, bool connect = true)
    {
        var agent = await AgentClient.SignInAsync(Host.BaseAddress, agentId, connect);
        _agents.Add(agent);
        return agent;
    }

    protected EmulatorClient Customer(string userId, string? conversationId = null) =>
        new(Http, Listener.BaseAddress, conversationId) { User = new ChannelAccount(userId, "Customer", RoleTypes.User) };

    /// <summary>The customer's message that hands off, and the id of the case it opened.</summary>
    protected async Task<string> HandOffAsync(EmulatorClient customer, string text)
    {
        await customer.SendAsync(text);
        var initiate = await Listener.WaitForAsync(r => r.ConversationId == customer.ConversationId
            && r.Activity.Type == ActivityTypes.Event && r.Activity.Name == HandoffEventNames.InitiateHandoff);
        return Newtonsoft.Json.Linq.JObject.FromObject(initiate.Activity.Value!).Value<string>("handoffId")!;
    }

    private void Start()
    {
        Host = BotHost.Start(_temp.File("bot.db"), Settings, services => services.AddSingleton<TimeProvider>(Clock));
        Http = Host.CreateHttpClient();
    }

    private async Task StopAsync()
    {
        foreach (var agent in _agents)
        {
            await agent.DisposeAsync();
        }

        _agents.Clear();
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
