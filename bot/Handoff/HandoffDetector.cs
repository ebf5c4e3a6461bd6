using HandoffBot.Handoff.Detection;
using HandoffBot.Language;
using HandoffBot.Handoff.Rulebook;

namespace HandoffBot.Handoff;

/// <summary>
/// Reads a customer message against the rulebook's examples: explicit requests, boundary topics and handoff buckets
/// compete with the buckets the bot resolves (and each trigger's counter-examples), so that "what is your refund
/// policy?" stays a how-to while "I want my money back" is a refund demand. Rebuilt when the rulebook changes.
/// </summary>
public sealed class HandoffDetector(ISentenceEncoder encoder, SentimentAnalyzer sentiment, RulebookProvider rulebooks)
{
    /// <summary>Score at or above which an example match counts (measured on paraphrases, typos and how-tos).</summary>
    public const double Threshold = ExampleClassifier.RecommendedThreshold;

    private const string RoutinePrefix = "resolve:";
    private const string ChurnLabel = "context:churn";
    private const string NotHelpedLabel = "loop:not-helped";
    private const int MinTrainedWords = 3;

    // An example match stands when the trained reading gives the triggers at least this chance...
    private const double AgreementFloor = 0.2;

    // ...or when the clause is a near copy of one of the rulebook's examples.
    private const double NearCopy = 0.75;

    // A clause read as a routine question at least this likely is one the bot should answer.
    private const double AsksFloor = 0.5;

    // A negation denies a trigger when what it negates reads as that trigger at least this likely on its own.
    private const double DenialFloor = 0.5;

    // A clause the trained reading finds sensitive but splits between triggers ("the driver broke it, I want this
    // escalated": complaint 0.68, legal 0.2) fires its likeliest trigger when that one has at least SplitFloor and all
    // triggers together reach the label's threshold plus SplitMargin; never for a clause holding a negation.
    private const double SplitFloor = 0.5;
    private const double SplitMargin = 0.1;

    // A negation denies any label the clause gives at least this chance, not only its likeliest.
    private const double DeniedLabelFloor = 0.15;

    private static readonly Lazy<ExamplePool> Pool = new(ExamplePool.Shipped);

    private readonly Lock _gate = new();
    private (Rulebook.Rulebook Rulebook, ExampleClassifier Classifier, TriggerModel Model, Dictionary<string, FiredTriggerTemplate> Triggers)? _built;

    /// <summary>
    /// The earlier question that <paramref name="question"/> rephrases (cosine at or above
    /// <paramref name="similarity"/>), if any: asking the same thing in other words is another attempt at one problem.
    /// </summary>
    public string? FindRephrased(string question, IReadOnlyList<string> earlier, double similarity)
    {
        if (earlier.Count == 0 || string.IsNullOrWhiteSpace(question))
        {
            return null;
        }

        var vectors = encoder.EncodeBatch([question, .. earlier]);
        var nearest = new SemanticRanker([.. vectors.Skip(1)]).Nearest(vectors[0], 1);
        return nearest.Count == 1 && nearest[0].Score >= similarity ? earlier[nearest[0].Row] : null;
    }

    /// <summary>
    /// A message whose words carry no request (a greeting, "help", a number from a menu or a rating): only its tone is
    /// read, without the sentence encoder.
    /// </summary>
    public MessageDetection DetectTone(string? text) => new(null, null, false, sentiment.Analyze(text ?? string.Empty));

    public MessageDetection Detect(string? text)
    {
        var mood = sentiment.Analyze(text ?? string.Empty);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MessageDetection(null, null, false, mood);
        }

        var (_, classifier, model, triggers) = Build();
        var ranked = classifier.ClassifyAll(text);
        var top = ranked.FirstOrDefault();
        FiredTrigger? immediate = null;
        var winner = ranked.FirstOrDefault(s => triggers.ContainsKey(s.Label) && !s.Negated);

        // A how-to only outweighs a trigger when it is the same part of the message: "thanks, that worked. can I talk
        // to a person now?" is a request, whatever the thanks matched.
        var bestRoutine = ranked
            .Where(s => s.Label.StartsWith(RoutinePrefix, StringComparison.Ordinal) && (winner is null || s.Clause == winner.Clause))
            .Select(s => s.Score)
            .DefaultIfEmpty(0)
            .Max();
        if (winner is { Score: >= Threshold } && winner.Score > bestRoutine && !DeniesExample(winner.Clause, winner.Example))
        {
            var template = triggers[winner.Label];
            immediate = new FiredTrigger(template.Name, template.Kind, $"\"{winner.Clause}\" ~ \"{winner.Example}\" ({winner.Score:0.00})", winner.Score, template.Skill);
        }

        var readings = Read(text, model, triggers);

        // The trained reading guards the example reading: a clause it reads, confidently, as a question the bot
        // resolves or as mere venting ("where do I see my refund status") is no trigger, whatever example it
        // resembled; nor is a clause that merely resembles an example while the trained reading gives the triggers
        // little chance ("we are thinking about moving to another app" resembling an outage report). A near copy of
        // the company's own example stands.
        if (immediate is not null && winner is not null && Contradicts(encoder.Encode(winner.Clause), winner, model, triggers))
        {
            immediate = null;
        }

        // Nor is a clause that denies the very trigger it resembles ("I'm not disputing the charge", "fine without an
        // agent"), however the denial is worded.
        if (immediate is not null && winner is not null && NegatedContent(winner.Clause) is { } negatedPart
            && (DeclinesAPerson(negatedPart) || Denies(negatedPart, negatedPart.Length == 0 ? null : encoder.Encode(negatedPart), [winner.Label], model)))
        {
            immediate = null;
        }

        immediate ??= Trained(readings, triggers, model);
        var churn = readings.FirstOrDefault(r => r is { Label: TriggerModel.ChurnRisk, Probability: >= TriggerModel.Threshold, Denied: false, Short: false });
        var churnEvidence = churn is not null
            ? $"\"{churn.Clause}\" reads as {TriggerModel.ChurnRisk} (p={churn.Probability:0.00})"
            : Matched(ranked, ChurnLabel) is { } said ? $"\"{said.Clause}\" ~ \"{said.Example}\" ({said.Score:0.00})" : null;

        return new MessageDetection(
            immediate,
            top,
            Matched(ranked, NotHelpedLabel) is not null,
            mood,
            churnEvidence,
            readings.Any(r => r is { Label: TriggerModel.Routine, Probability: >= AsksFloor, Short: false }));
    }

    /// <summary>
    /// The trained classifier's reading, for what no single example matched: a clause whose most likely label is a
    /// trigger with at least <see cref="TriggerModel.ThresholdFor"/>, whose negation (if any) does not deny that very
    /// trigger, and which is no stranger to the trigger's examples in the pool or the rulebook
    /// (<see cref="TriggerModel.ExampleFloor"/>). A clause of one or two words fires only a request for a person
    /// ("cancel" inside a flow means stop), and a clause denying a state ("it wasn't hacked") is left to the
    /// nearest-example reading, which strips and checks it.
    /// </summary>
    private static FiredTrigger? Trained(List<ClauseReading> readings, Dictionary<string, FiredTriggerTemplate> triggers, TriggerModel model)
    {
        FiredTrigger? best = null;
        foreach (var reading in readings)
        {
            if (!reading.Denied && (reading.Probability >= TriggerModel.ThresholdFor(reading.Label) || (reading.Probability >= SplitFloor && reading.Mass >= TriggerModel.ThresholdFor(reading.Label) + SplitMargin)) && reading.Probability > (best?.Score ?? 0)
                && (!reading.Short || TriggerModel.ShortFormLabels.Contains(reading.Label))
                && triggers.TryGetValue(reading.Label, out var template)
                && model.Closeness(reading.Vector, reading.Label) >= TriggerModel.ExampleFloor)
            {
                var features = RequestFeatures.Describe(reading.Clause);
                var evidence = $"\"{reading.Clause}\" reads as {reading.Label} (p={reading.Probability:0.00}{(features.Length == 0 ? string.Empty : "; " + features)})";
                best = new FiredTrigger(template.Name, template.Kind, evidence, reading.Probability, template.Skill);
            }
        }

        return best;
    }

    // The trained reading of each clause that denies no state. A clause holding a negated request is read whole, and
    // the negation counts only when what it negates reads, on its own, as the same label: "I don't want to cancel"
    // denies a cancellation, "I don't want my account anymore" is one. The clauses were embedded for the example
    // classifier a moment ago: the encoder remembers them; only negated parts are new (and then remembered for the
    // example reading's own denial check).
    private List<ClauseReading> Read(string text, TriggerModel model, Dictionary<string, FiredTriggerTemplate> triggers)
    {
        // A clause that denies a state in other ways ("it wasn't hacked", "not acceptable") is left to the example reading.
        var kept = ClauseSplitter.Split(text)
            .Select(c => (Clause: c, Negated: NegatedContent(c), Words: Words(c)))
            .Where(c => c.Words.Length > 0 && (!Enumerable.Range(0, c.Words.Length).Any(i => DeniesAt(c.Words, i)) || c.Negated is not null))
            .ToList();
        if (kept.Count == 0)
        {
            return [];
        }

        var clauses = kept.Select(c => c.Clause).ToList();
        var negated = kept.Select(c => c.Negated).ToList();
        var texts = new List<string>(clauses);
        texts.AddRange(negated.Where(n => !string.IsNullOrWhiteSpace(n))!);
        var vectors = encoder.EncodeBatch(texts);
        var readings = new List<ClauseReading>(clauses.Count);
        var next = clauses.Count;
        for (var i = 0; i < clauses.Count; i++)
        {
            var predicted = model.Predict(clauses[i], vectors[i]);
            var (label, probability) = predicted[0];
            var mass = negated[i] is null ? predicted.Where(p => triggers.ContainsKey(p.Label)).Sum(p => p.Probability) : 0;
            var denied = negated[i] switch
            {
                null => false,
                var n when string.IsNullOrWhiteSpace(n) || DeclinesAPerson(n) => true,
                var n => Denies(n, vectors[next++], [.. predicted.Where(p => p.Probability >= DeniedLabelFloor).Select(p => p.Label)], model),
            };
            readings.Add(new ClauseReading(clauses[i], label, probability, vectors[i], denied, kept[i].Words.Length < MinTrainedWords, mass));
        }

        // A clause of one or two words leans on the rest of the message: "cancel it" alone may stop a flow, but after
        // "I don't want this service anymore" it closes the account. It stands when the whole message, read at once,
        // says the same and nothing in it is denied.
        if (readings.Count > 1 && readings.Any(r => !r.Short) && !readings.Any(r => r.Denied)
            && readings.FindIndex(r => r.Short && r.Probability >= TriggerModel.ThresholdFor(r.Label)) is var lean and >= 0)
        {
            var whole = TextFeatures.Tidy(text);
            var vector = encoder.Encode(whole);
            var (label, probability) = model.Top(whole, vector);
            if (label == readings[lean].Label && probability >= TriggerModel.ThresholdFor(label))
            {
                readings[lean] = new ClauseReading(whole, label, probability, vector, false, false, probability);
            }
        }

        return readings;
    }

    // What a clause negates, if it negates anything: the object of a negated request ("I don't want to cancel" →
    // "to cancel"), or the words after a plain negation ("I'm not disputing the charge" → "disputing the charge", "fine
    // without an agent" → "an agent"). Empty when nothing follows the negation.
    private static string? NegatedContent(string clause)
    {
        // A matched "clause" may be the whole message: look for the negation clause by clause, so that what it negates
        // stops where the clause does ("I'm not cancelling, I just need to change my card" → "cancelling").
        foreach (var part in ClauseSplitter.Split(clause))
        {
            if (NegationScope.TryStrip(part, out _, out var span))
            {
                return NegationScope.Content(span);
            }

            var words = Words(part);
            for (var i = 0; i < words.Length; i++)
            {
                if (DeniesAt(words, i) && NegatesAThing(words[i], i + 1 < words.Length ? words[i + 1] : null))
                {
                    return string.Join(' ', words.Skip(i + 1));
                }
            }
        }

        return null;
    }

    // A plain negation denies a thing or an act when it is "no"/"without" before a noun ("no agent", "without a
    // refund") or "not" before a determiner or a verb in -ing ("not a complaint", "not disputing"): "not acceptable"
    // and "isn't working" judge or describe, and "no I want a person" answers a question.
    private static bool NegatesAThing(string denier, string? next) => next is not null && denier switch
    {
        "no" => !NotNegatedAfterNo.Contains(next),
        "without" => true,
        _ => Determiners.Contains(next) || (next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 5 && !Describing.Contains(next)),
    };

    // Declining a person ("fine without support", "no agent please") takes back whatever the clause resembles.
    private static bool DeclinesAPerson(string negatedPart) => NegationScope.IsAPerson(negatedPart);

    // A negation denies a trigger when what it negates, read on its own, is that trigger (or when it negates nothing
    // that could be read).
    private static bool Denies(string negatedPart, float[]? vector, IReadOnlyCollection<string> labels, TriggerModel model) =>
        vector is null || model.Top(negatedPart, vector) is var reading && labels.Contains(reading.Label) && reading.Probability >= DenialFloor;

    // The trained reading contradicts an example match when it reads the clause, confidently, as no request, or gives
    // every trigger together (the matched one or any other: a DPA demand resembling a legal example is still a boundary
    // topic) less than AgreementFloor, unless the clause is a near copy of the company's own example.
    private static bool Contradicts(float[] clause, LabelScore match, TriggerModel model, IReadOnlyDictionary<string, FiredTriggerTemplate> triggers)
    {
        var readings = model.Predict(match.Clause, clause);
        var (top, probability) = readings[0];
        if (probability >= TriggerModel.Threshold && TriggerModel.NoRequestLabels.Contains(top))
        {
            return true;
        }

        return match.Score < NearCopy && readings.Where(r => triggers.ContainsKey(r.Label)).Sum(r => r.Probability) < AgreementFloor;
    }

    // Words that deny a state ("wasn't hacked", "NOT leaving", "no agent", "not a complaint"). Deliberately not
    // "didn't", "haven't" or "never": "I never got my refund" is a complaint, not a denial.
    private static readonly HashSet<string> Deniers = new(StringComparer.Ordinal) { "not", "no", "wasnt", "werent", "isnt", "arent", "without" };

    // A denier that takes nothing back: one that says how something happened ("without my permission"), one inside a
    // condition ("a solicitor if this isn't resolved"), and "no" answering or ending something ("no, I want a person",
    // "no longer").
    private static bool DeniesAt(string[] words, int i) =>
        Deniers.Contains(words[i])
        && !words.Take(i).Any(Conditions.Contains)
        && !(words[i] == "no" && i + 1 < words.Length && NotNegatedAfterNo.Contains(words[i + 1]))
        && !(words[i] == "without" && words.Skip(i + 1).Take(2).Any(Manner.Contains));

    private static readonly HashSet<string> Conditions = new(StringComparer.Ordinal) { "if", "unless", "until", "otherwise" };

    private static readonly HashSet<string> Manner = new(StringComparer.Ordinal) { "permission", "consent", "authorization", "authorisation", "approval", "notice", "warning", "asking", "telling", "explanation", "reason" };

    private static readonly HashSet<string> NotNegatedAfterNo = new(StringComparer.Ordinal) { "i", "we", "you", "please", "thanks", "thank", "way", "one", "longer" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "any", "my", "our", "your", "this", "that" };

    // Verbs in -ing that describe a problem rather than what the customer does ("it's not working", "not loading").
    private static readonly HashSet<string> Describing = new(StringComparer.Ordinal) { "working", "loading", "showing", "syncing", "updating", "getting", "receiving", "printing", "sending", "opening", "coming", "arriving", "moving", "going" };

    /// <summary>
    /// True when the clause denies what the example asserts: a denier within three words before a word the example
    /// uses. The classifier already ignores negated requests; this catches negated statements.
    /// </summary>
    public static bool DeniesExample(string clause, string example)
    {
        var exampleWords = Words(example);
        if (exampleWords.Any(Deniers.Contains))
        {
            return false;
        }

        var content = exampleWords.Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        var words = Words(clause);
        for (var i = 0; i < words.Length; i++)
        {
            if (DeniesAt(words, i) && words.Skip(i + 1).Take(3).Any(content.Contains))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string text) =>
        [.. System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal), @"[^\p{L}\p{N}]+")
            .Where(w => w.Length > 0)];

    private static LabelScore? Matched(IReadOnlyList<LabelScore> ranked, string label) =>
        ranked.FirstOrDefault(s => s.Label == label) is { Negated: false, Score: >= Threshold } matched ? matched : null;

    private (Rulebook.Rulebook, ExampleClassifier, TriggerModel, Dictionary<string, FiredTriggerTemplate>) Build()
    {
        var current = rulebooks.Current;
        lock (_gate)
        {
            if (_built is { } built && ReferenceEquals(built.Rulebook, current))
            {
                return built;
            }

            var examples = new List<LabeledExample>();
            var triggers = new Dictionary<string, FiredTriggerTemplate>(StringComparer.Ordinal);
            foreach (var trigger in current.ExplicitTriggers)
            {
                triggers[trigger.Name] = new(trigger.Name, TriggerKind.Explicit, trigger.Skill ?? current.DefaultSkill);
                examples.AddRange(trigger.Examples.Select(e => new LabeledExample(trigger.Name, e)));
                examples.AddRange(trigger.CounterExamples.Select(e => new LabeledExample(RoutinePrefix + trigger.Name, e)));
            }

            foreach (var boundary in current.Boundaries)
            {
                triggers[boundary.Name] = new(boundary.Name, TriggerKind.Boundary, boundary.Skill);
                examples.AddRange(boundary.Examples.Select(e => new LabeledExample(boundary.Name, e)));
                examples.AddRange(boundary.CounterExamples.Select(e => new LabeledExample(RoutinePrefix + boundary.Name, e)));
            }

            foreach (var bucket in current.Buckets)
            {
                var label = bucket.Action == BucketAction.Handoff ? bucket.Name : RoutinePrefix + bucket.Name;
                if (bucket.Action == BucketAction.Handoff)
                {
                    triggers[bucket.Name] = new(bucket.Name, TriggerKind.Explicit, bucket.Skill ?? current.DefaultSkill);
                }

                examples.AddRange(bucket.Examples.Select(e => new LabeledExample(label, e)));
            }

            examples.AddRange(current.Context.ChurnSignals.Select(e => new LabeledExample(ChurnLabel, e)));
            examples.AddRange(current.Implicit.Loops.NotHelpedPhrases.Select(e => new LabeledExample(NotHelpedLabel, e)));
            _built = (current, new ExampleClassifier(encoder, examples), TriggerModel.Build(encoder, current, Pool.Value), triggers);
            return _built.Value;
        }
    }

    private sealed record ClauseReading(string Clause, string Label, double Probability, float[] Vector, bool Denied, bool Short, double Mass);

    private sealed record FiredTriggerTemplate(string Name, TriggerKind Kind, string Skill);
}
