using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HandoffBot.Handoff.Rulebook;

/// <summary>
/// Reads typed values out of a YAML representation model and records every problem with the node's field path and its
/// position in the file, so that one pass reports all errors together.
/// </summary>
internal sealed class YamlReader
{
    private readonly List<RulebookError> _errors = [];

    public IReadOnlyList<RulebookError> Errors => _errors;

    public void Error(YamlNode node, string path, string message) =>
        _errors.Add(new RulebookError(path, (int)node.Start.Line, (int)node.Start.Column, message));

    public void Error(int line, int column, string path, string message) => _errors.Add(new RulebookError(path, line, column, message));

    public YamlMapping? Map(YamlNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlMapping(this, mapping, path);
        }

        Error(node, path, $"must be a mapping (key: value lines), not {Describe(node)}.");
        return null;
    }

    public IReadOnlyList<(YamlNode Node, string Path)> Sequence(YamlNode? node, string path)
    {
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.Select((child, i) => (child, $"{path}[{i}]")).ToList();
        }

        Error(node, path, $"must be a list, not {Describe(node)}.");
        return [];
    }

    public string? String(YamlNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && !IsNull(scalar))
        {
            var value = scalar.Value ?? string.Empty;
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(node, path, "must not be empty.");
                return null;
            }

            return value.Trim();
        }

        Error(node, path, $"must be text, not {Describe(node)}.");
        return null;
    }

    public double? Number(YamlNode? node, string path, double min, double max)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } scalar && !IsNull(scalar)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max || double.IsNaN(value))
            {
                Error(node, path, $"is {text}, out of range: must be between {Format(min)} and {Format(max)}.");
                return null;
            }

            return value;
        }

        Error(node, path, $"must be a number between {Format(min)} and {Format(max)}, not {Describe(node)}.");
        return null;
    }

    public int? Integer(YamlNode? node, string path, int min, int max)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } scalar && !IsNull(scalar)
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max)
            {
                Error(node, path, $"is {text}, out of range: must be between {min} and {max}.");
                return null;
            }

            return value;
        }

        Error(node, path, $"must be a whole number between {min} and {max}, not {Describe(node)}.");
        return null;
    }

    public bool? Boolean(YamlNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(node, path, $"must be true or false, not {Describe(node)}.");
        return null;
    }

    /// <summary>A list of non-empty strings; <paramref name="required"/> also rejects an empty list.</summary>
    public IReadOnlyList<string> Strings(YamlNode? node, string path, bool required)
    {
        if (node is null)
        {
            return [];
        }

        var items = Sequence(node, path);
        if (node is YamlSequenceNode && items.Count == 0 && required)
        {
            Error(node, path, "must not be an empty list: give at least one example.");
        }

        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (child, childPath) in items)
        {
            if (String(child, childPath) is { } value)
            {
                if (!seen.Add(value))
                {
                    Error(child, childPath, $"duplicate entry \"{value}\".");
                }

                result.Add(value);
            }
        }

        return result;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar when IsNull(scalar) => "nothing",
        YamlScalarNode scalar => $"\"{scalar.Value}\"",
        _ => "an alias",
    };

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain
        && (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
