using System.Globalization;
using HandoffBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Transcripts;

/// <summary>
/// Transcripts in the <c>transcript</c> table of the bot's SQLite database, one row per activity in arrival order.
/// A <c>messageUpdate</c> replaces the stored activity with that id; a <c>messageDelete</c> replaces it with a
/// tombstone that keeps only who, where and when (PROTOCOLS.md §7.2).
/// </summary>
/// <remarks>Activities are stored as given: mask them first (<see cref="TranscriptMiddleware"/> does).</remarks>
public sealed class SqliteTranscriptStore : ITranscriptStore
{
    public const int DefaultPageSize = 20;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly int _pageSize;

    public SqliteTranscriptStore(SqliteDatabase database, TimeProvider timeProvider, int pageSize = DefaultPageSize)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        _pageSize = pageSize;
    }

    public Task LogActivityAsync(IActivity activity) => LogActivityAsync(activity, CancellationToken.None);

    public async Task LogActivityAsync(IActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelId = activity.ChannelId ?? string.Empty;
        var conversationId = activity.Conversation?.Id
            ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        if (activity.Type is ActivityTypes.MessageUpdate or ActivityTypes.MessageDelete && !string.IsNullOrEmpty(activity.Id))
        {
            var original = await FindAsync(connection, transaction, channelId, conversationId, activity.Id, cancellationToken);
            if (original is { } found)
            {
                var replacement = activity.Type == ActivityTypes.MessageUpdate
                    ? AsUpdatedMessage(activity, found.Activity)
                    : Tombstone(found.Activity);
                await using var update = connection.CreateCommand();
                update.Transaction = transaction;
                update.CommandText = "UPDATE transcript SET json = $json WHERE seq = $seq;";
                update.Parameters.AddWithValue("$json", TranscriptJson.Serialize(replacement));
                update.Parameters.AddWithValue("$seq", found.Seq);
                await update.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
        }

        // Not a rewrite, or the original is unknown (e.g. sent before logging began): keep the event itself.
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO transcript (channel_id, conversation_id, activity_id, timestamp_utc, json)
            VALUES ($channel, $conversation, $activity, $timestamp, $json);
            """;
        insert.Parameters.AddWithValue("$channel", channelId);
        insert.Parameters.AddWithValue("$conversation", conversationId);
        insert.Parameters.AddWithValue("$activity", (object?)activity.Id ?? DBNull.Value);
        insert.Parameters.AddWithValue("$timestamp", SqliteTime.Format(activity.Timestamp ?? _timeProvider.GetUtcNow()));
        insert.Parameters.AddWithValue("$json", TranscriptJson.Serialize(activity));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(
        string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default) =>
        GetTranscriptActivitiesAsync(channelId, conversationId, continuationToken, startDate, CancellationToken.None);

    /// <summary>One page of a conversation's activities in arrival order, from <paramref name="startDate"/> on.</summary>
    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(
        string channelId, string conversationId, string? continuationToken, DateTimeOffset startDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, json FROM transcript
            WHERE channel_id = $channel AND conversation_id = $conversation AND seq > $after AND timestamp_utc >= $start
            ORDER BY seq LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$after", ParseSeqToken(continuationToken));
        command.Parameters.AddWithValue("$start", SqliteTime.Format(startDate));

        // One row more than a page tells whether another page exists, without a second query.
        command.Parameters.AddWithValue("$limit", _pageSize + 1);

        var items = new List<IActivity>(_pageSize);
        long lastSeq = 0;
        var more = false;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (items.Count == _pageSize)
            {
                more = true;
                break;
            }

            lastSeq = reader.GetInt64(0);
            items.Add(TranscriptJson.Deserialize(reader.GetString(1)));
        }

        return new PagedResult<IActivity>
        {
            Items = [.. items],
            ContinuationToken = more ? lastSeq.ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    public Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null) =>
        ListTranscriptsAsync(channelId, continuationToken, CancellationToken.None);

    /// <summary>One page of the channel's conversations, ordered by conversation id.</summary>
    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(
        string channelId, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT conversation_id, MIN(timestamp_utc) FROM transcript
            WHERE channel_id = $channel AND conversation_id > $after
            GROUP BY conversation_id ORDER BY conversation_id LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$after", continuationToken ?? string.Empty);
        command.Parameters.AddWithValue("$limit", _pageSize + 1);

        var items = new List<TranscriptInfo>(_pageSize);
        var more = false;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (items.Count == _pageSize)
            {
                more = true;
                break;
            }

            items.Add(new TranscriptInfo
            {
                ChannelId = channelId,
                Id = reader.GetString(0),
                Created = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            });
        }

        return new PagedResult<TranscriptInfo>
        {
            Items = [.. items],
            ContinuationToken = more ? items[^1].Id : null,
        };
    }

    public Task DeleteTranscriptAsync(string channelId, string conversationId) =>
        DeleteTranscriptAsync(channelId, conversationId, CancellationToken.None);

    public async Task DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM transcript WHERE channel_id = $channel AND conversation_id = $conversation;";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<(long Seq, Activity Activity)?> FindAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string channelId,
        string conversationId,
        string activityId,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT seq, json FROM transcript
            WHERE channel_id = $channel AND conversation_id = $conversation AND activity_id = $activity
            ORDER BY seq LIMIT 1;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$activity", activityId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt64(0), TranscriptJson.Deserialize(reader.GetString(1)))
            : null;
    }

    // The updated message takes the original's place and time, so the transcript reads as the user saw it.
    private static Activity AsUpdatedMessage(IActivity update, Activity original)
    {
        var updated = TranscriptJson.Clone(update);
        updated.Type = ActivityTypes.Message;
        updated.Timestamp = original.Timestamp;
        updated.LocalTimestamp = original.LocalTimestamp;
        return updated;
    }

    private static Activity Tombstone(Activity original) => new()
    {
        Type = ActivityTypes.MessageDelete,
        Id = original.Id,
        From = new ChannelAccount(id: "deleted", role: original.From?.Role),
        Recipient = new ChannelAccount(id: "deleted", role: original.Recipient?.Role),
        Locale = original.Locale,
        LocalTimestamp = original.LocalTimestamp,
        Timestamp = original.Timestamp,
        ChannelId = original.ChannelId,
        Conversation = original.Conversation,
        ServiceUrl = original.ServiceUrl,
        ReplyToId = original.ReplyToId,
    };

    private static long ParseSeqToken(string? continuationToken)
    {
        if (string.IsNullOrEmpty(continuationToken))
        {
            return 0;
        }

        return long.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? seq
            : throw new ArgumentException("The continuation token is not one this store issued.", nameof(continuationToken));
    }
}
