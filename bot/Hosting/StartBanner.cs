using HandoffBot.Adapters.Email;
using HandoffBot.Adapters.Slack;
using HandoffBot.Agents;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace HandoffBot.Hosting;

/// <summary>
/// Once the server listens, says where to go: the web chat page, the agent console and the Emulator's endpoint, at
/// the addresses the server really bound; in local mode, also the demo sign-ins, so a first run needs no docs.
/// </summary>
public sealed partial class StartBanner(
    IServer server, IHostApplicationLifetime lifetime, IConfiguration configuration, IOptions<AgentOptions> agentOptions,
    IOptions<SlackOptions> slackOptions, IOptions<EmailOptions> emailOptions, SqliteAgentDirectory agents, ILogger<StartBanner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            var root = Browsable(address);
            LogAddresses(logger, root, root + "agent/", root + "dashboard/", root + "api/messages");
            if (slackOptions.Value.Enabled)
            {
                LogSlack(logger, root + "api/slack/events", root + "api/slack/interactions");
            }
        }

        if (!slackOptions.Value.Enabled)
        {
            LogSlackOff(logger, SlackOptions.SectionName);
        }

        if (emailOptions.Value.Enabled)
        {
            LogEmail(logger, emailOptions.Value.Address!, emailOptions.Value.ImapHost!, emailOptions.Value.SmtpHost!);
        }
        else
        {
            LogEmailOff(logger, EmailOptions.SectionName);
        }

        if (string.IsNullOrEmpty(configuration["MicrosoftAppId"]) && agentOptions.Value.DemoSignIn)
        {
            var accounts = await agents.ListAsync(stoppingToken);
            var signIns = string.Join(", ", accounts.Select(a => $"{a.Id} / {SqliteAgentDirectory.DemoPassword(a.Id)}{(a.Role == AgentAuthentication.SupervisorRole ? " (supervisor)" : string.Empty)}"));
            LogDemoSignIns(logger, signIns);
        }
    }

    // "http://[::]:3978" and "http://0.0.0.0:3978" listen everywhere; a browser on this machine opens localhost.
    private static string Browsable(string address) =>
        address.Replace("//[::]", "//localhost", StringComparison.Ordinal)
            .Replace("//0.0.0.0", "//localhost", StringComparison.Ordinal)
            .Replace("//+", "//localhost", StringComparison.Ordinal)
            .Replace("//*", "//localhost", StringComparison.Ordinal)
            .TrimEnd('/') + "/";

    [LoggerMessage(Level = LogLevel.Information, Message = "HandoffBot is running. Web chat: {WebChat}  Agent console: {AgentConsole}  Lead's dashboard: {Dashboard}  Emulator endpoint: {Messages}")]
    private static partial void LogAddresses(ILogger logger, string webChat, string agentConsole, string dashboard, string messages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack channel on. Events API request URL: {Events}  Interactivity request URL: {Interactions}")]
    private static partial void LogSlack(ILogger logger, string events, string interactions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack channel off: set {Section}:SigningSecret and {Section}:BotToken to turn it on (docs/channels.md)")]
    private static partial void LogSlackOff(ILogger logger, string section);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email channel on: answering {Address} (IMAP {ImapHost}, SMTP {SmtpHost})")]
    private static partial void LogEmail(ILogger logger, string address, string imapHost, string smtpHost);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email channel off: set {Section}:Address and the mailbox keys to turn it on (docs/channels.md)")]
    private static partial void LogEmailOff(ILogger logger, string section);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local mode: sign in to the agent console as {SignIns}")]
    private static partial void LogDemoSignIns(ILogger logger, string signIns);
}
