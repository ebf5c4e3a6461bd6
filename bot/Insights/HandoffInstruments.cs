using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HandoffBot.Insights;

/// <summary>
/// The bot's own metrics (meter <c>HandoffBot</c>), exported to Prometheus at <c>/metrics</c> and, when configured, over
/// OTLP. Each is recorded in the one place the thing happens: a turn in the pipeline, a decision where it is logged,
/// a handoff where the case opens, an accept where the desk takes it, an encoder call where the model runs.
/// </summary>
public sealed class HandoffInstruments : IDisposable
{
    public const string MeterName = "HandoffBot";

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _decisions;
    private readonly Counter<long> _handoffs;
    private readonly Histogram<double> _timeToAccept;
    private readonly Counter<long> _encoded;

    public HandoffInstruments(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _turns = _meter.CreateCounter<long>("handoffbot.turns", "{turn}", "Activities the bot took a turn on, by channel and activity type.");
        _turnDuration = _meter.CreateHistogram<double>("handoffbot.turn.duration", "s", "How long a turn took, from the activity to the last reply, by channel.");
        _decisions = _meter.CreateCounter<long>("handoffbot.decisions", "{decision}", "Handoff decisions on customer messages, by kind (none, offer, handoff, ...).");
        _handoffs = _meter.CreateCounter<long>("handoffbot.handoffs", "{handoff}", "Cases opened for a person, by the trigger that decided and the skill.");
        _timeToAccept = _meter.CreateHistogram<double>("handoffbot.handoff.time_to_accept", "s", "From the bot's decision to an agent accepting, by skill.");
        _encoded = _meter.CreateCounter<long>("handoffbot.encoder.sentences", "{sentence}", "Sentences the encoder model embedded (cache misses).");
    }

    /// <summary>The meter, for the observable instruments registered elsewhere (the queue gauges).</summary>
    public Meter Meter => _meter;

    public void Turn(string channel, string activityType, TimeSpan duration)
    {
        var tags = new TagList { { "channel", channel }, { "activity_type", activityType } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("channel", channel));
    }

    public void Decided(string kind) => _decisions.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void HandoffOpened(string trigger, string skill) =>
        _handoffs.Add(1, new KeyValuePair<string, object?>("trigger", trigger), new KeyValuePair<string, object?>("skill", skill));

    public void Accepted(string skill, TimeSpan afterDecision) =>
        _timeToAccept.Record(Math.Max(0, afterDecision.TotalSeconds), new KeyValuePair<string, object?>("skill", skill));

    public void Encoded(int sentences) => _encoded.Add(sentences);

    public void Dispose() => _meter.Dispose();
}
