using System.Globalization;
using HandoffBot.Handoff;
using HandoffBot.Handoff.Rulebook;
using HandoffBot.Storage;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace HandoffBot.Agents;

/// <summary>
/// The agent hub's case store in the bot's database: every handoff, its state, who holds it, and the messages between
/// the customer and people. At most one open case per conversation, enforced by a unique index, so opening is
/// idempotent even when two processes race. Offers and accepts are conditional updates: exactly one agent wins.
/// </summary>
public sealed class SqliteAgentHub(
    SqliteDatabase database,
    TimeProvider timeProvider,
    SqliteAgentDirectory? agents = null,
    RulebookProvider? rulebooks = null,
    IAgentHubObserver? observer = null) : IAgentHub
{
    /// <summary>Used for wait estimates until real handle times are measured.</summary>
    public static readonly TimeSpan AverageHandleTime = TimeSpan.FromMinutes(4);

    /// <summary>How long an available agent takes to pick up an offered case, added to every estimate.</summary>
    public static readonly TimeSpan PickUpTime = TimeSpan.FromMinutes(1);

    internal const string Schema = """
        CREATE TABLE IF NOT EXISTS handoff_case (
            id              TEXT NOT NULL PRIMARY KEY,
            channel_id      TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            status          TEXT NOT NULL,
            priority        INTEGER NOT NULL,
            skill           TEXT NOT NULL,
            created_utc     TEXT NOT NULL,
            closed_utc      TEXT,
            json            TEXT NOT NULL,
            assignment      TEXT NOT NULL DEFAULT 'queued',
            agent_id        TEXT,
            offered_to      TEXT,
            offered_utc     TEXT,
            accepted_utc    TEXT,
            boost           INTEGER NOT NULL DEFAULT 0,
            passed          TEXT NOT NULL DEFAULT '[]'
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ux_handoff_open ON handoff_case (channel_id, conversation_id) WHERE status = 'open';
        CREATE TABLE IF NOT EXISTS handoff_message (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            handoff_id  TEXT NOT NULL REFERENCES handoff_case (id),
            created_utc TEXT NOT NULL,
            json        TEXT NOT NULL,
            sender      TEXT NOT NULL DEFAULT 'customer',
            agent_id    TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_handoff_message ON handoff_message (handoff_id, seq);

        """;

    private const string SelectCases = """
        SELECT json, status, assignment, agent_id, offered_to, offered_utc, accepted_utc, boost, passed FROM handoff_case
        """;

    public async Task<HandoffCase> OpenAsync(HandoffCase handoff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO handoff_case (id, channel_id, conversation_id, status, priority, skill, created_utc, json)
            VALUES ($id, $channel, $conversation, 'open', $priority, $skill, $created, $json)
            ON CONFLICT DO NOTHING;
            """;
        insert.Parameters.AddWithValue("$id", handoff.HandoffId);
        insert.Parameters.AddWithValue("$channel", handoff.Conversation.ChannelId);
        insert.Parameters.AddWithValue("$conversation", handoff.Conversation.Conversation.Id);
        insert.Parameters.AddWithValue("$priority", handoff.Priority);
        insert.Parameters.AddWithValue("$skill", handoff.Skill);
        insert.Parameters.AddWithValue("$created", Format(handoff.CreatedUtc));
        insert.Parameters.AddWithValue("$json", JsonConvert.SerializeObject(handoff));
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            if (observer is not null)
            {
                await observer.OnOpenedAsync(handoff, cancellationToken);
            }

            return handoff;
        }

        return await FindOpenAsync(connection, handoff.Conversation.ChannelId, handoff.Conversation.Conversation.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Handoff {handoff.HandoffId} could not be opened and no open case exists.");
    }

    public async Task<HandoffCase?> FindOpenAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await FindOpenAsync(connection, channelId, conversationId, cancellationToken);
    }

    /// <summary>The customer messages appended to a case, oldest first.</summary>
    public async Task<IReadOnlyList<Activity>> GetCustomerMessagesAsync(string handoffId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM handoff_message WHERE handoff_id = $id AND sender = 'customer' ORDER BY seq;";
        command.Parameters.AddWithValue("$id", handoffId);
        var messages = new List<Activity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(JsonConvert.DeserializeObject<Activity>(reader.GetString(0))!);
        }

        return messages;
    }

    /// <summary>Everything said to and by people on a case (customer, agents, transfer notes), oldest first.</summary>
    public async Task<IReadOnlyList<CaseMessage>> GetMessagesAsync(string handoffId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, sender, agent_id, json, created_utc FROM handoff_message WHERE handoff_id = $id ORDER BY seq;";
        command.Parameters.AddWithValue("$id", handoffId);
        var messages = new List<CaseMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var activity = JsonConvert.DeserializeObject<Activity>(reader.GetString(3));
            messages.Add(new CaseMessage(reader.GetInt64(0), reader.GetString(1), reader.GetValue(2) as string, ListedAttachments.TextOf(activity), Parse(reader.GetString(4))));
        }

        return messages;
    }

    public async Task AppendCustomerMessageAsync(string handoffId, IActivity message, CancellationToken cancellationToken)
    {
        var stored = await AppendAsync(handoffId, CaseMessage.Customer, null, message, cancellationToken);
        if (observer is not null)
        {
            await observer.OnCustomerMessageAsync(handoffId, stored, cancellationToken);
        }
    }

    /// <summary>Keeps an agent's reply or transfer note with the case.</summary>
    public Task<CaseMessage> AppendAgentMessageAsync(string handoffId, string sender, string agentId, string text, CancellationToken cancellationToken) =>
        AppendAsync(handoffId, sender, agentId, new Activity(ActivityTypes.Message) { Text = text }, cancellationToken);

    public async Task UpdateAsync(HandoffCase handoff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE handoff_case SET priority = $priority, skill = $skill, json = $json WHERE id = $id AND status = 'open';";
        command.Parameters.AddWithValue("$id", handoff.HandoffId);
        command.Parameters.AddWithValue("$priority", handoff.Priority);
        command.Parameters.AddWithValue("$skill", handoff.Skill);
        command.Parameters.AddWithValue("$json", JsonConvert.SerializeObject(handoff));
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1 && observer is not null)
        {
            await observer.OnUpdatedAsync(handoff, cancellationToken);
        }
    }

    /// <summary>
    /// From the live queue: the cases of the same skill served first, the agents free and present for it, and how long
    /// the skill's recent cases took from accept to resolve (a default until some are measured).
    /// </summary>
    public async Task<TimeSpan> EstimateWaitAsync(HandoffCase handoff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var now = timeProvider.GetUtcNow();
        var aging = rulebooks?.Current.Priority.AgingPerMinute ?? 0;
        var waiting = (await ListOpenAsync(cancellationToken))
            .Where(c => c.Assignment != QueuedCase.Accepted && c.Case.Skill == handoff.Skill)
            .ToList();
        if (waiting.All(c => c.HandoffId != handoff.HandoffId))
        {
            waiting.Add(new QueuedCase(handoff, "open", QueuedCase.Queued, null, null, null, null, 0, []));
        }

        var position = QueueOrder.Order(waiting, now, aging, rulebooks?.Current.Priority.ImmediateHandoffAt ?? int.MaxValue).ToList().FindIndex(c => c.HandoffId == handoff.HandoffId);
        var team = agents is null ? [] : (await agents.ListAsync(cancellationToken)).Where(a => a.HasSkill(handoff.Skill)).ToList();
        var present = Math.Max(1, team.Count(a => a.Presence == AgentPresence.Available));
        var free = team.Where(a => a.Presence == AgentPresence.Available).Sum(a => Math.Max(0, a.Capacity - a.Load));
        var handle = await RecentHandleTimeAsync(handoff.Skill, cancellationToken);
        var rounds = Math.Max(0, position + 1 - free);
        return PickUpTime + (handle * rounds / present);
    }

    public async Task CloseAsync(string handoffId, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE handoff_case SET status = $outcome, closed_utc = $now WHERE id = $id AND status = 'open';";
        command.Parameters.AddWithValue("$id", handoffId);
        command.Parameters.AddWithValue("$outcome", outcome);
        command.Parameters.AddWithValue("$now", Now());
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1 && observer is not null)
        {
            await observer.OnClosedAsync(handoffId, outcome, cancellationToken);
        }
    }

    /// <summary>Every open case, in no particular order (see <see cref="QueueOrder"/>).</summary>
    public async Task<IReadOnlyList<QueuedCase>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SelectCases + " WHERE status = 'open';";
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>A case, open or closed.</summary>
    public async Task<QueuedCase?> GetAsync(string handoffId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SelectCases + " WHERE id = $id;";
        command.Parameters.AddWithValue("$id", handoffId);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Offers a queued case to an agent; false when it is no longer queued.</summary>
    public async Task<bool> TryOfferAsync(string handoffId, string agentId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE handoff_case SET assignment = 'offered', offered_to = $agent, offered_utc = $now
            WHERE id = $id AND status = 'open' AND assignment = 'queued';
            """;
        command.Parameters.AddWithValue("$id", handoffId);
        command.Parameters.AddWithValue("$agent", agentId);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Takes back an offer that was not accepted in time: the case returns to the queue with more priority, and the agent
    /// who let it pass is skipped next time. False when it was accepted (or moved) meanwhile.
    /// </summary>
    public async Task<bool> ExpireOfferAsync(QueuedCase offered, int boost, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offered);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE handoff_case SET assignment = 'queued', offered_to = NULL, offered_utc = NULL, boost = boost + $boost, passed = $passed
            WHERE id = $id AND status = 'open' AND assignment = 'offered' AND offered_to = $agent;
            """;
        command.Parameters.AddWithValue("$id", offered.HandoffId);
        command.Parameters.AddWithValue("$agent", offered.OfferedTo);
        command.Parameters.AddWithValue("$boost", boost);
        command.Parameters.AddWithValue("$passed", System.Text.Json.JsonSerializer.Serialize(offered.Passed.Append(offered.OfferedTo!).Distinct().ToArray()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Gives the case to the agent unless someone already has it: one conditional update, so exactly one accept wins.</summary>
    public async Task<bool> TryAcceptAsync(string handoffId, string agentId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE handoff_case SET assignment = 'accepted', agent_id = $agent, accepted_utc = $now, offered_to = NULL, offered_utc = NULL
            WHERE id = $id AND status = 'open' AND assignment <> 'accepted';
            """;
        command.Parameters.AddWithValue("$id", handoffId);
        command.Parameters.AddWithValue("$agent", agentId);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Moves an accepted case to another skill's queue, or offers it straight to another agent; everything on the case
    /// stays with it. False when <paramref name="fromAgentId"/> does not hold it.
    /// </summary>
    public async Task<bool> TransferAsync(QueuedCase held, string fromAgentId, string skill, string? toAgentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(held);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE handoff_case SET assignment = $assignment, agent_id = NULL, accepted_utc = NULL, offered_to = $to, offered_utc = $offered,
                skill = $skill, json = $json, passed = '[]'
            WHERE id = $id AND status = 'open' AND assignment = 'accepted' AND agent_id = $from;
            """;
        command.Parameters.AddWithValue("$id", held.HandoffId);
        command.Parameters.AddWithValue("$from", fromAgentId);
        command.Parameters.AddWithValue("$assignment", toAgentId is null ? QueuedCase.Queued : QueuedCase.Offered);
        command.Parameters.AddWithValue("$to", (object?)toAgentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$offered", toAgentId is null ? DBNull.Value : Now());
        command.Parameters.AddWithValue("$skill", skill);
        command.Parameters.AddWithValue("$json", JsonConvert.SerializeObject(held.Case with { Skill = skill }));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Average accept-to-resolve time of the skill's last completed cases; the default before any.</summary>
    public async Task<TimeSpan> RecentHandleTimeAsync(string skill, CancellationToken cancellationToken)
    {
        const int Recent = 20;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT accepted_utc, closed_utc FROM handoff_case
            WHERE status = 'completed' AND skill = $skill AND accepted_utc IS NOT NULL AND closed_utc IS NOT NULL
            ORDER BY closed_utc DESC LIMIT $recent;
            """;
        command.Parameters.AddWithValue("$skill", skill);
        command.Parameters.AddWithValue("$recent", Recent);
        var durations = new List<TimeSpan>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            durations.Add(Parse(reader.GetString(1)) - Parse(reader.GetString(0)));
        }

        return durations.Count == 0 ? AverageHandleTime : TimeSpan.FromTicks((long)durations.Average(d => d.Ticks));
    }

    private async Task<CaseMessage> AppendAsync(string handoffId, string sender, string? agentId, IActivity message, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var now = timeProvider.GetUtcNow();
        command.CommandText = """
            INSERT INTO handoff_message (handoff_id, created_utc, json, sender, agent_id) VALUES ($id, $now, $json, $sender, $agent)
            RETURNING seq;
            """;
        command.Parameters.AddWithValue("$id", handoffId);
        command.Parameters.AddWithValue("$now", Format(now));
        command.Parameters.AddWithValue("$json", JsonConvert.SerializeObject(message));
        command.Parameters.AddWithValue("$sender", sender);
        command.Parameters.AddWithValue("$agent", (object?)agentId ?? DBNull.Value);
        var seq = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new CaseMessage(seq, sender, agentId, ListedAttachments.TextOf(message.AsMessageActivity()), now);
    }

    private static async Task<HandoffCase?> FindOpenAsync(SqliteConnection connection, string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM handoff_case WHERE channel_id = $channel AND conversation_id = $conversation AND status = 'open';";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonConvert.DeserializeObject<HandoffCase>(json) : null;
    }

    private static async Task<IReadOnlyList<QueuedCase>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var cases = new List<QueuedCase>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(new QueuedCase(
                JsonConvert.DeserializeObject<HandoffCase>(reader.GetString(0))!,
                reader.GetString(1),
                reader.GetString(2),
                reader.GetValue(3) as string,
                reader.GetValue(4) as string,
                (reader.GetValue(5) is string t5 ? Parse(t5) : null),
                (reader.GetValue(6) is string t6 ? Parse(t6) : null),
                reader.GetInt32(7),
                System.Text.Json.JsonSerializer.Deserialize<string[]>(reader.GetString(8)) ?? []));
        }

        return cases;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        database.OpenConnectionAsync("handoff_case", Schema, cancellationToken);

    private string Now() => Format(timeProvider.GetUtcNow());

    private static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
