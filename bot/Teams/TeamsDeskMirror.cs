using System.Threading.Channels;
using HandoffBot.Agents;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace HandoffBot.Teams;

/// <summary>
/// Keeps the agents' Teams channel in step with the hub, in the background and in order: every customer message, agent
/// reply written in the console and private note appears in the case's thread, and the card follows the case (offered,
/// taken, offer expired, transferred, resolved), whichever surface changed it. A transfer to a skill with its own
/// channel posts the case there and the old card says where it went.
/// </summary>
public sealed partial class TeamsDeskMirror(IOptions<TeamsDeskOptions> options, IServiceProvider services, ILogger<TeamsDeskMirror> logger)
    : BackgroundService, IDeskFeed
{
    private static readonly HashSet<string> Unshown = new(StringComparer.Ordinal) { "opened", "updated" };

    private readonly Channel<object> _pending = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });

    public void Changed(QueueChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (options.Value.Enabled && !Unshown.Contains(change.Change))
        {
            _pending.Writer.TryWrite(change);
        }
    }

    public void Message(ConsoleMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (options.Value.Enabled && message.Via != TeamsDesk.ViaTeams)
        {
            _pending.Writer.TryWrite(message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved here, not injected: the desk channel's adapter runs the pipeline whose hub tells this mirror.
        var channel = services.GetRequiredService<TeamsDeskChannel>();
        var threads = services.GetRequiredService<SqliteTeamsDeskThreads>();
        var hub = services.GetRequiredService<SqliteAgentHub>();
        var cards = services.GetRequiredService<TeamsDeskCards>();
        await foreach (var item in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            var handoffId = item is QueueChange c ? c.HandoffId : ((ConsoleMessage)item).HandoffId;
            try
            {
                var posts = await threads.ListAsync(handoffId, stoppingToken);
                if (posts.Count == 0 || await hub.GetAsync(handoffId, stoppingToken) is not { } entry)
                {
                    continue;
                }

                if (item is ConsoleMessage message)
                {
                    await channel.ReplyAsync(posts[^1], MessageFactory.Text(Line(entry, message)), stoppingToken);
                }
                else if (((QueueChange)item).Change == "transferred" && options.Value.ChannelFor(entry.Case.Skill) is { } moved && moved != posts[^1].Channel)
                {
                    var left = new TeamsDeskStatus($"Transferred to the **{entry.Case.Skill}** queue", "Default", CanAccept: false, IsOpen: false);
                    await channel.UpdateCardAsync(posts[^1], await cards.ForAsync(entry, left, stoppingToken), stoppingToken);
                    await channel.PostAsync(entry.Case, moved, (Microsoft.Bot.Schema.Activity)MessageFactory.Attachment(await cards.ForAsync(entry, null, stoppingToken)), stoppingToken);
                }
                else
                {
                    await channel.UpdateCardAsync(posts[^1], await cards.ForAsync(entry, null, stoppingToken), stoppingToken);
                    if (((QueueChange)item).Change == "transferred" && entry.OfferedTo is { } offeredTo
                        && await services.GetRequiredService<SqliteAgentDirectory>().FindAsync(offeredTo, stoppingToken) is { } colleague)
                    {
                        await channel.ReplyAsync(posts[^1], HandedTo(colleague), stoppingToken);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex, handoffId);
            }
        }
    }

    // A case transferred to a named colleague: they are @mentioned in its thread, so Teams notifies them.
    private static Microsoft.Bot.Schema.IMessageActivity HandedTo(AgentAccount colleague)
    {
        var tag = $"<at>{AgentRelay.AsText(colleague.DisplayName)}</at>";
        var text = $"{tag}, this case was transferred to you: press Accept on the card (or write /accept) to take it.";
        if ((colleague.TeamsUserId ?? colleague.Email) is not { Length: > 0 } id)
        {
            return MessageFactory.Text(text.Replace(tag, colleague.DisplayName, StringComparison.Ordinal));
        }

        var reply = MessageFactory.Text(text);
        reply.Entities = [new Microsoft.Bot.Schema.Mention(new Microsoft.Bot.Schema.ChannelAccount(id, colleague.DisplayName), tag)];
        return reply;
    }

    private static string Line(QueuedCase entry, ConsoleMessage message) => message.Sender switch
    {
        CaseMessage.Customer => $"**{AgentRelay.AsText(entry.Case.Customer?.Value<string>("name") ?? "Customer")}:** {AgentRelay.AsText(message.Text ?? string.Empty)}",
        CaseMessage.Note => $"📝 **Private note from {message.AgentName ?? message.AgentId}:** {AgentRelay.AsText(message.Text ?? string.Empty)}",
        _ => $"**{message.AgentName ?? message.AgentId}** (console): {AgentRelay.AsText(message.Text ?? string.Empty)}",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Teams agent desk could not show a change of handoff {HandoffId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string handoffId);
}
