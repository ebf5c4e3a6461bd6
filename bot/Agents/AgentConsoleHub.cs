using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HandoffBot.Agents;

/// <summary>
/// The console's real-time channel (<c>/hubs/agent</c>): signed-in agents only. Each connection joins the agents' group,
/// its own agent's group, and the supervisors' group when the agent is one. The hub only pushes (<see cref="AgentConsole"/>);
/// its connections drive presence (<see cref="AgentConnections"/>), except a watcher's (<c>?view=dashboard</c>, the lead's
/// page): a supervisor who closed the console but keeps the dashboard open is not offered cases.
/// </summary>
[Authorize(Policy = AgentAuthentication.Policy)]
public sealed class AgentConsoleHub(AgentConnections connections) : Hub
{
    public const string Path = "/hubs/agent";

    public const string AgentsGroup = "agents";

    public const string SupervisorsGroup = "supervisors";

    public const string WatchView = "dashboard";

    public static string AgentGroup(string agentId) => "agent:" + agentId;

    private bool DrivesPresence => !string.Equals(Context.GetHttpContext()?.Request.Query["view"].ToString(), WatchView, StringComparison.Ordinal);

    public override async Task OnConnectedAsync()
    {
        var user = Context.User!;
        await Groups.AddToGroupAsync(Context.ConnectionId, AgentsGroup, Context.ConnectionAborted);
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { } agentId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroup(agentId), Context.ConnectionAborted);
            if (DrivesPresence)
            {
                await connections.ConnectedAsync(agentId, Context.ConnectionAborted);
            }
        }

        if (user.IsInRole(AgentAuthentication.SupervisorRole))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, SupervisorsGroup, Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } agentId && DrivesPresence)
        {
            connections.Disconnected(agentId);
        }

        await base.OnDisconnectedAsync(exception);
    }
}
