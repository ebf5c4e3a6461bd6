using System.Diagnostics;
using Activity = Microsoft.Bot.Schema.Activity;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Evaluation;

/// <summary>
/// Plays every conversation of a labeled set through the real bot over HTTP, the way the Emulator talks to it:
/// the bot host on a loopback port (the set's <c>customers.json</c> and <c>kb/</c> as configuration, a fresh SQLite
/// file), a serviceUrl listener in this process, one fresh conversation per labeled conversation on channel
/// <c>emulator</c> (so the bot sends its <c>handoff.decision</c> traces), a <c>conversationUpdate</c> and then each turn,
/// one at a time. The bot posts a turn's replies during the request, so when the POST returns they have arrived.
/// </summary>
public static class HandoffEvaluator
{
    private const string InitiateEvent = "handoff.initiate";
    private const string DecisionTrace = "handoff.decision";

    /// <summary>
    /// Loads the set, plays it, writes the report (misses, per-kind table, with <paramref name="baseline"/> the keyword
    /// baseline beside it, summary line last) to <paramref name="log"/>.
    /// </summary>
    /// <exception cref="ConversationSetException">The set folder or its conversations.json is missing or malformed.</exception>
    public static async Task<HandoffEvaluationResult> RunAsync(string setFolder, TextWriter log, CancellationToken cancellationToken, bool baseline = false)
    {
        ArgumentNullException.ThrowIfNull(log);
        var set = ConversationSet.Load(setFolder);
        var temp = Directory.CreateTempSubdirectory("handoff-eval-");
        try
        {
            await using var listener = await ServiceUrlListener.StartAsync(cancellationToken);
            using var host = BotHost.Start(Path.Combine(temp.FullName, "eval.db"), new Dictionary<string, string?>
            {
                ["HandoffBot:Crm:SeedPath"] = set.CustomersPath,
                ["HandoffBot:Knowledge:Path"] = set.KnowledgePath,
            });
            using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

            var played = new List<PlayedConversation>();
            foreach (var conversation in set.Conversations)
            {
                played.Add(await PlayAsync(http, listener, conversation, cancellationToken));
            }

            var result = HandoffScore.Total(played);
            HandoffReport.Write(log, set, result, baseline ? HandoffScore.Total([.. set.Conversations.Select(KeywordBaseline.Play)]) : null);
            return result;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                temp.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static async Task<PlayedConversation> PlayAsync(
        HttpClient http, ServiceUrlListener listener, LabeledConversation conversation, CancellationToken cancellationToken)
    {
        var conversationId = $"eval-{conversation.Id}-{Guid.NewGuid():n}";
        var user = new ChannelAccount(conversation.Customer ?? "user-" + Guid.NewGuid().ToString("n")[..8], "Customer", RoleTypes.User);
        var bot = new ChannelAccount("bot-id", "Bot", RoleTypes.Bot);
        Activity Stamp(Activity activity)
        {
            activity.Id = Guid.NewGuid().ToString();
            activity.ChannelId = "emulator";
            activity.ServiceUrl = listener.BaseAddress.ToString().TrimEnd('/');
            activity.Conversation = new ConversationAccount(id: conversationId);
            activity.From = user;
            activity.Recipient = bot;
            activity.Timestamp = DateTimeOffset.UtcNow;
            activity.LocalTimestamp = DateTimeOffset.Now;
            activity.Locale = "en-US";
            return activity;
        }

        await PostAsync(http, Stamp(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [user, bot] }), conversation, cancellationToken);
        listener.Drain(conversationId); // the greeting belongs to no turn

        var turns = new List<PlayedTurn>();
        int? handoffTurn = null;
        for (var i = 0; i < conversation.Turns.Count && handoffTurn is null; i++)
        {
            var turn = conversation.Turns[i];
            var message = Stamp(new Activity { Type = ActivityTypes.Message, Text = turn.Text, TextFormat = TextFormatTypes.Plain });
            if (turn.ChannelData is not null)
            {
                message.ChannelData = JObject.Parse(turn.ChannelData.ToJsonString());
            }

            var clock = Stopwatch.StartNew();
            await PostAsync(http, message, conversation, cancellationToken);
            var elapsed = clock.Elapsed.TotalMilliseconds;

            // Everything that arrived during this turn's request is its reply (replyToId points at the message).
            var received = listener.Drain(conversationId);
            var replies = received.Where(r => r.Activity.Type == ActivityTypes.Message && !string.IsNullOrEmpty(r.Activity.Text))
                .Select(r => r.Activity.Text).ToList();
            var decisions = received.Where(r => r.Activity.Type == ActivityTypes.Trace && r.Activity.Name == DecisionTrace)
                .Select(r => SummarizeDecision(r.Activity.Value)).ToList();
            var initiated = received.Any(r => r.Activity.Type == ActivityTypes.Event && r.Activity.Name == InitiateEvent);
            if (initiated)
            {
                handoffTurn = i + 1;
            }

            turns.Add(new PlayedTurn(i + 1, turn, replies, decisions, initiated, elapsed));
        }

        return new PlayedConversation(conversation, turns, handoffTurn, HandoffScore.Classify(conversation, handoffTurn));
    }

    private static async Task PostAsync(HttpClient http, Activity activity, LabeledConversation conversation, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException(
                $"Conversation '{conversation.Id}': the bot answered {(int)response.StatusCode} to a {activity.Type} ('{activity.Text}'): {body}");
        }
    }

    /// <summary>One line from a <c>handoff.decision</c> trace value: action, triggers (name "evidence"), priority, topMatch, frustration.</summary>
    internal static string SummarizeDecision(object? value)
    {
        if (value is null)
        {
            return "(no value)";
        }

        var json = value as JObject ?? JObject.FromObject(value);
        var triggers = (json["triggers"] as JArray ?? [])
            .Select(t => $"{t.Value<string>("name")} \"{t.Value<string>("evidence")}\"");
        var frustration = json["frustration"]?.Type is JTokenType.Float or JTokenType.Integer
            ? json.Value<double>("frustration").ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)
            : "-";
        return $"action={json.Value<string>("action")} triggers=[{string.Join(", ", triggers)}] priority={json["priority"]} "
            + $"topMatch={json.Value<string>("topMatch") ?? "-"} frustration={frustration}";
    }
}
