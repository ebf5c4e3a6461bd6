using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HandoffBot.Adapters.Email;

/// <summary>
/// Reads the support mailbox over IMAP and runs the bot on each new mail, once: mail above the last UID read (under
/// the folder's UIDVALIDITY) is taken by Message-ID into the store before its turn runs, marked \Seen after. Waits
/// with IDLE where the server has it, polls otherwise; a mailbox that cannot be reached is retried with backoff and
/// reported, and never stops the bot.
/// </summary>
public sealed partial class EmailPoller(
    EmailAdapter adapter,
    IBot bot,
    IEmailStore store,
    EmailThreads threads,
    EmailHealth health,
    IOptions<EmailOptions> options,
    TimeProvider timeProvider,
    ILogger<EmailPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunPendingAsync(stoppingToken).ConfigureAwait(false);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReadMailboxAsync(stoppingToken).ConfigureAwait(false);
                failures = 0;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is not OperationCanceledException)
            {
                failures++;
                health.Unreachable(ex.Message);
                var delay = TimeSpan.FromSeconds(Math.Min(options.Value.MaxRetryDelay.TotalSeconds, Math.Pow(2, Math.Min(failures, 16))));
                LogUnreachable(logger, ex, options.Value.ImapHost, delay);
                await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    // One connection for as long as it lasts: read what is new, then wait (IDLE or a poll interval), again.
    private async Task ReadMailboxAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var client = new ImapClient();
        await client.ConnectAsync(settings.ImapHost!, settings.EffectiveImapPort, EmailSender.Socket(settings.Security), stoppingToken).ConfigureAwait(false);
        await client.AuthenticateAsync(settings.UserName!, settings.Password!, stoppingToken).ConfigureAwait(false);
        var folder = await client.GetFolderAsync(settings.Folder, stoppingToken).ConfigureAwait(false);
        await folder.OpenAsync(FolderAccess.ReadWrite, stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            await ReadNewAsync(folder, stoppingToken).ConfigureAwait(false);
            health.Connected(timeProvider.GetUtcNow());
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(settings.PollInterval);
            if (client.Capabilities.HasFlag(ImapCapabilities.Idle))
            {
                void Arrived(object? sender, EventArgs e) => wait.Cancel();
                folder.CountChanged += Arrived;
                try
                {
                    await client.IdleAsync(wait.Token, stoppingToken).ConfigureAwait(false);
                }
                finally
                {
                    folder.CountChanged -= Arrived;
                }
            }
            else
            {
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, timeProvider, wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The poll interval has passed.
                }

                await client.NoOpAsync(stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ReadNewAsync(IMailFolder folder, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var last = await store.LastUidAsync(folder.FullName, folder.UidValidity, stoppingToken).ConfigureAwait(false);
        // The first time (or after the server renumbered the folder) only unread mail is new: mail already read in the
        // mailbox was someone's before the bot, and Message-IDs taken before are skipped anyway.
        var query = last is { } uid ? SearchQuery.Uids(new UniqueIdRange(new UniqueId(folder.UidValidity, uid + 1), UniqueId.MaxValue)) : SearchQuery.NotSeen;
        var uids = await folder.SearchAsync(query, stoppingToken).ConfigureAwait(false);
        var summaries = uids.Count == 0 ? [] : await folder.FetchAsync(uids, MessageSummaryItems.UniqueId | MessageSummaryItems.Size, stoppingToken).ConfigureAwait(false);
        foreach (var summary in summaries.Where(s => last is null || s.UniqueId.Id > last).OrderBy(s => s.UniqueId.Id))
        {
            if (summary.Size is { } size && size > settings.MaxMessageBytes)
            {
                LogTooLarge(logger, summary.UniqueId.Id, size);
            }
            else
            {
                var message = await folder.GetMessageAsync(summary.UniqueId, stoppingToken).ConfigureAwait(false);
                await TakeAsync(message, stoppingToken).ConfigureAwait(false);
            }

            await folder.AddFlagsAsync(summary.UniqueId, MessageFlags.Seen, true, stoppingToken).ConfigureAwait(false);
            await store.SaveLastUidAsync(folder.FullName, folder.UidValidity, summary.UniqueId.Id, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task TakeAsync(MimeMessage message, CancellationToken stoppingToken)
    {
        var mail = EmailReader.Read(message, options.Value.Address!);
        if (mail.MachineReason is { } reason)
        {
            // Recorded, never answered: answering machines starts mail loops.
            await store.TryAcceptAsync(mail.MessageId, null, reason, stoppingToken).ConfigureAwait(false);
            LogMachineMail(logger, mail.MessageId, reason);
            return;
        }

        if (string.IsNullOrWhiteSpace(mail.Text) && mail.Attachments.Count == 0)
        {
            await store.TryAcceptAsync(mail.MessageId, null, "no text", stoppingToken).ConfigureAwait(false);
            return;
        }

        var thread = await threads.ResolveAsync(mail, stoppingToken).ConfigureAwait(false);
        var activity = EmailActivity.From(mail, thread, options.Value, timeProvider.GetUtcNow());
        if (await store.TryAcceptAsync(mail.MessageId, activity, null, stoppingToken).ConfigureAwait(false))
        {
            await RunAsync(mail.MessageId, activity, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RunPendingAsync(CancellationToken stoppingToken)
    {
        foreach (var (messageId, activity) in await store.PendingAsync(stoppingToken).ConfigureAwait(false))
        {
            await RunAsync(messageId, activity, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(string messageId, Activity activity, CancellationToken stoppingToken)
    {
        try
        {
            await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The turn error handler has answered where it could; one failed mail must not hold up the rest, nor run
            // again at every start.
            LogTurnFailed(logger, ex, activity.Conversation.Id);
        }

        await store.CompleteAsync(messageId, stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mailbox on {Host} cannot be read; trying again in {Delay}")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, string? host, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MessageId} is not answered: {Reason}")]
    private static partial void LogMachineMail(ILogger logger, string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail with UID {Uid} ({Bytes} bytes) is larger than HandoffBot:Email:MaxMessageBytes and was left in the mailbox for a person")]
    private static partial void LogTooLarge(ILogger logger, uint uid, uint bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "An email turn in {ConversationId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationId);
}
