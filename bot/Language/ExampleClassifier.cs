namespace HandoffBot.Language;

/// <summary>
/// Nearest-example classifier over labeled example utterances (a rulebook's triggers, buckets, intents). A message is
/// split into clauses; each clause is compared with every example by meaning (cosine of sentence embeddings) and by
/// spelling (character-trigram overlap, and a spelling-corrected copy of the clause against the examples' vocabulary),
/// so paraphrases and typos both match. A label's score is its best example's similarity over the clauses, in [0, 1].
/// A request inside a negated phrase ("I don't want to cancel") does not count: the negated span is removed and the
/// rest of the clause is scored instead. Examples are embedded once, at construction. Thread-safe after construction.
/// </summary>
public sealed class ExampleClassifier
{
    /// <summary>
    /// The score from which a label is taken as matched, for 8–10 examples per label including a "routine" label of
    /// ordinary how-to questions that competes with the sensitive ones. Paraphrases and typos of an example score
    /// about 0.6–1.0; unrelated messages and greetings 0.1–0.45; a how-to that shares a word with a sensitive label
    /// ("what is your refund policy?") scores 0.5–0.7 there but higher on the routine label, so it does not win.
    /// </summary>
    public const double RecommendedThreshold = 0.55;

    /// <summary>Weight of the lexical (character-trigram) similarity when it is blended with the cosine.</summary>
    private const double LexicalWeight = 0.4;

    /// <summary>Cosine below which spelling similarity is not blended in.</summary>
    private const double LexicalFloor = 0.4;

    /// <summary>A negated clause whose remainder has fewer words than this has nothing left to classify.</summary>
    private const int MinRemainderWords = 2;

    /// <summary>A label counts as negated when negation took away more than a quarter of its score.</summary>
    private const double NegationDiscount = 0.75;

    /// <summary>A negated label is reported when, negation ignored, it would have scored at least this much.</summary>
    private const double NegatedMatchFloor = 0.45;

    private readonly ISentenceEncoder _encoder;
    private readonly string[] _labels;

    // Every example, grouped by label (same order as the labels; label l's are rows _labelStart[l] to
    // _labelStart[l + 1] - 1 of the ranker): a label's score looks only at its own.
    private readonly Example[] _examples;
    private readonly int[] _labelStart;
    private readonly SemanticRanker _ranker;
    private readonly SpellingCorrector _corrector;

    public ExampleClassifier(ISentenceEncoder encoder, IEnumerable<LabeledExample> examples)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(examples);
        _encoder = encoder;

        var list = examples
            .Where(e => !string.IsNullOrWhiteSpace(e.Label) && !string.IsNullOrWhiteSpace(e.Text))
            .Select(e => e with { Text = TextFeatures.Tidy(e.Text) })
            .ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one labeled example with a label and a text is required.", nameof(examples));
        }

        _labels = list.Select(e => e.Label).Distinct(StringComparer.Ordinal).ToArray();
        var byLabel = _labels.Select(label => list.Where(e => string.Equals(e.Label, label, StringComparison.Ordinal)).ToList()).ToList();
        _labelStart = new int[_labels.Length + 1];
        for (var l = 0; l < _labels.Length; l++)
        {
            _labelStart[l + 1] = _labelStart[l] + byLabel[l].Count;
        }

        var ordered = byLabel.SelectMany(e => e).ToList();
        _ranker = new SemanticRanker(encoder.EncodeBatch([.. ordered.Select(e => e.Text)]));
        _examples = [.. ordered.Select(e => new Example(e.Label, e.Text, TextFeatures.Trigrams(e.Text)))];
        _corrector = new SpellingCorrector(list.SelectMany(e => TextFeatures.Words(e.Text)));
    }

    public IReadOnlyList<string> Labels => _labels;

    public ClassificationResult Classify(string text)
    {
        var scores = Score(text);
        var all = Rank(scores);
        var best = all[0];
        var runnerUp = all.Count > 1 ? all[1] : null;

        // A label that would have been a plausible match but for a negation ("cancel" in "I don't want to cancel").
        var negatedMatch = scores
            .Where(s => s.Effective.Negated && s.Raw.Score >= NegatedMatchFloor)
            .OrderByDescending(s => s.Raw.Score)
            .Select(s => s.Effective)
            .FirstOrDefault();
        var negated = negatedMatch is not null;
        if (negatedMatch is not null && negatedMatch.Score >= best.Score - 1e-9)
        {
            // Nothing else matched better: report the negated label itself, with the score it has left.
            best = negatedMatch;
        }

        return new ClassificationResult(
            best.Label,
            best.Score,
            best.Example,
            best.Clause,
            runnerUp?.Label,
            runnerUp?.Score ?? 0,
            negated,
            negatedMatch?.Label);
    }

    /// <summary>Every label with its best score (negation applied), its nearest example and the clause that matched, best first.</summary>
    public IReadOnlyList<LabelScore> ClassifyAll(string text) => Rank(Score(text));

    private static List<LabelScore> Rank(List<(LabelScore Raw, LabelScore Effective)> scores) =>
        scores
            .OrderByDescending(s => s.Effective.Score)
            .ThenByDescending(s => s.Raw.Score)
            .ThenBy(s => s.Raw.Label, StringComparer.Ordinal)
            .Select(s => s.Effective)
            .ToList();

    private List<(LabelScore Raw, LabelScore Effective)> Score(string text)
    {
        text ??= string.Empty;
        var clauses = ClauseSplitter.Split(text);

        // Every variant to embed, in one batch: each clause, its spelling-corrected form, and the remainder of a
        // negated clause; the whole message too when it has several clauses and no negation.
        var variants = new List<string>();
        var plans = new List<ClausePlan>();
        var anyNegation = false;
        foreach (var clause in clauses)
        {
            var corrected = _corrector.Correct(clause);
            var forms = new List<int> { Add(variants, clause) };
            if (!string.Equals(corrected, clause.ToLowerInvariant(), StringComparison.Ordinal))
            {
                forms.Add(Add(variants, corrected));
            }

            int? remainderIndex = null;
            var negatedClause = NegationScope.TryStrip(corrected, out var remainder, out _);
            if (negatedClause)
            {
                anyNegation = true;
                if (TextFeatures.Words(remainder).Count >= MinRemainderWords)
                {
                    remainderIndex = Add(variants, remainder);
                }
            }

            plans.Add(new ClausePlan(clause, forms, negatedClause, remainderIndex, negatedClause ? remainder : null));
        }

        if (clauses.Count > 1 && !anyNegation)
        {
            plans.Add(new ClausePlan(TextFeatures.Tidy(text), [Add(variants, TextFeatures.Tidy(text))], false, null, null));
        }

        // Each variant against every example at once: row v of the matrix holds variant v's cosines.
        var vectors = _encoder.EncodeBatch(variants);
        var cosines = new float[variants.Count * _ranker.Count];
        for (var v = 0; v < variants.Count; v++)
        {
            _ranker.ScoreAll(vectors[v], cosines.AsSpan(v * _ranker.Count, _ranker.Count));
        }

        var trigrams = variants.Select(TextFeatures.Trigrams).ToList();

        var result = new List<(LabelScore Raw, LabelScore Effective)>(_labels.Length);
        for (var l = 0; l < _labels.Length; l++)
        {
            var label = _labels[l];
            var examples = (_labelStart[l], _labelStart[l + 1]);
            var raw = new LabelScore(label, 0, string.Empty, string.Empty, false);
            var effective = raw;
            foreach (var plan in plans)
            {
                var (score, example) = Best(examples, plan.Forms, cosines, trigrams);
                if (score > raw.Score)
                {
                    raw = new LabelScore(label, score, example, plan.Clause, plan.Negated);
                }

                // In a negated clause only what is left once the negated span is removed counts.
                var (kept, keptExample) = plan.Negated
                    ? plan.RemainderIndex is int r ? Best(examples, [r], cosines, trigrams) : (0, string.Empty)
                    : (score, example);
                if (kept > effective.Score)
                {
                    effective = new LabelScore(label, kept, keptExample, plan.Clause, false);
                }
            }

            // Negated: the label's best match sat in a negated span and negation took a good part of it away.
            if (raw.Negated && effective.Score < raw.Score * NegationDiscount)
            {
                effective = effective.Score > 0
                    ? effective with { Negated = true }
                    : new LabelScore(label, 0, raw.Example, raw.Clause, true);
            }

            result.Add((raw with { Negated = false }, effective));
        }

        return result;
    }

    private (double Score, string Example) Best((int Start, int End) examples, IReadOnlyList<int> forms, float[] cosines, List<HashSet<string>> trigrams)
    {
        var bestScore = 0.0;
        var bestExample = string.Empty;
        for (var e = examples.Start; e < examples.End; e++)
        {
            var example = _examples[e];
            foreach (var form in forms)
            {
                var cosine = Math.Clamp(cosines[(form * _ranker.Count) + e], 0, 1);

                // Meaning leads; spelling only ever helps (a paraphrase shares few trigrams and must not be punished),
                // and only a message already close in meaning: shared words alone ("app", a product name) are no match.
                var score = cosine < LexicalFloor
                    ? cosine
                    : Math.Max(cosine, ((1 - LexicalWeight) * cosine) + (LexicalWeight * TextFeatures.Dice(trigrams[form], example.Trigrams)));
                if (score > bestScore)
                {
                    bestScore = score;
                    bestExample = example.Text;
                }
            }
        }

        return (bestScore, bestExample);
    }

    private static int Add(List<string> variants, string text)
    {
        variants.Add(text);
        return variants.Count - 1;
    }

    private sealed record Example(string Label, string Text, HashSet<string> Trigrams);

    private sealed record ClausePlan(string Clause, List<int> Forms, bool Negated, int? RemainderIndex, string? Remainder);
}
