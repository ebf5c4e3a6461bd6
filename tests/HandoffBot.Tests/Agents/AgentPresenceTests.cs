using System.Text.Json;
using HandoffBot.Agents;

namespace HandoffBot.Tests.Agents;

/// <summary>Presence follows the console's real-time connection: a closed tab is not an agent at their desk.</summary>
public sealed class AgentPresenceTests : AgentHubHost
{
    private static readonly TimeSpan Grace = new AgentOptions().PresenceGrace;

    [Fact]
    public async Task An_agent_who_closed_the_console_is_set_away_gets_no_offers_and_is_available_again_on_return()
    {
        var maya = await SignInAsync("maya");

        await maya.DisconnectAsync();
        // The server learns of the closed connection on its own time; the clock moves on until it has.
        await maya.WaitUntilAsync(async () =>
        {
            Clock.Advance(Grace + TimeSpan.FromSeconds(1));
            return await PresenceAsync(maya) == AgentPresence.Away;
        });

        var customer = Customer("std-ben");
        var handoffId = await HandOffAsync(customer, "can I talk to a real person please");
        await Listener.WaitForMessageAsync(customer.ConversationId, "busy or away");
        var queued = (await maya.QueueAsync()).Single(c => c.GetProperty("handoffId").GetString() == handoffId);
        Assert.Equal(JsonValueKind.Null, queued.GetProperty("offeredTo").ValueKind);

        await maya.ConnectAsync();
        await maya.WaitUntilAsync(async () => await PresenceAsync(maya) == AgentPresence.Available);
        await maya.WaitForOfferAsync(handoffId);
    }

    private static async Task<string?> PresenceAsync(AgentClient agent) =>
        (await agent.GetJsonAsync("api/agent/me")).GetProperty("presence").GetString();
}
