using System.Reflection;
using HandoffBot.Language;

namespace HandoffBot.Handoff.Detection;

/// <summary>
/// The generic, product-independent examples every HandoffBot ships with (<c>Pool/*.txt</c>, embedded in the build):
/// for each universal trigger and for routine questions that share their words, utterances in many registers. One file
/// per label, one utterance per line, <c>#</c> comments; a line <c>&gt; action</c> becomes one utterance per request
/// frame of <c>frames.txt</c> ("could someone from your team {0}"). About one source line in five is held out of
/// training — the same ones on every machine — as the pool's own check.
/// </summary>
public sealed class ExamplePool
{
    private const string ResourcePrefix = "HandoffBot.Pool.";
    private const string FramesFile = "frames";

    private ExamplePool(IReadOnlyList<LabeledExample> training, IReadOnlyList<LabeledExample> heldOut)
    {
        Training = training;
        HeldOut = heldOut;
    }

    public IReadOnlyList<LabeledExample> Training { get; }

    public IReadOnlyList<LabeledExample> HeldOut { get; }

    public IEnumerable<string> Labels => Training.Select(e => e.Label).Distinct(StringComparer.Ordinal);

    /// <summary>The pool shipped in this build.</summary>
    public static ExamplePool Shipped()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .ToDictionary(n => n[ResourcePrefix.Length..^".txt".Length], n => Read(assembly, n), StringComparer.Ordinal);
        return Parse(files);
    }

    /// <summary>A pool from label → file text (the frames under <c>frames</c>).</summary>
    public static ExamplePool Parse(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var frames = files.TryGetValue(FramesFile, out var framesText) ? Lines(framesText).ToList() : [];
        var training = new List<LabeledExample>();
        var heldOut = new List<LabeledExample>();
        foreach (var (label, text) in files.Where(f => f.Key != FramesFile).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var line in Lines(text))
            {
                var action = line.StartsWith('>') ? line[1..].Trim() : null;
                if (action is not null && frames.Count == 0)
                {
                    throw new FormatException($"Pool file {label}: '{line}' needs the request frames of {FramesFile}.txt.");
                }

                var utterances = action is null ? [line] : frames.Select(f => string.Format(System.Globalization.CultureInfo.InvariantCulture, f, action));

                // Held out by source line, so that a frame's variants never sit on both sides of the split.
                (IsHeldOut(line) ? heldOut : training).AddRange(utterances.Select(u => new LabeledExample(label, u)));
            }
        }

        return new ExamplePool(training, heldOut);
    }

    // A stable hash (FNV-1a over the lower-cased line): string.GetHashCode differs between processes.
    private static bool IsHeldOut(string line)
    {
        var hash = 2166136261u;
        foreach (var c in line.ToLowerInvariant())
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % 5 == 0;
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded pool file {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
