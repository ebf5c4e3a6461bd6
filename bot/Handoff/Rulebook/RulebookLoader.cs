using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HandoffBot.Handoff.Rulebook;

/// <summary>
/// Parses and validates a rulebook YAML file (camelCase keys; see docs/rulebook.md). Every problem is reported with its
/// field path and line/column; all problems found in one pass are thrown together in a <see cref="RulebookValidationException"/>.
/// </summary>
public static class RulebookLoader
{
    public static async Task<Rulebook> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RulebookValidationException(path, [new RulebookError("", 0, 0, $"cannot be read: {ex.Message}")]);
        }

        return Parse(text, path);
    }

    /// <summary>Parses <paramref name="yaml"/>; <paramref name="source"/> names it in messages (usually the file path).</summary>
    public static Rulebook Parse(string yaml, string source = "rulebook")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}" : ex.Message;
            throw new RulebookValidationException(source, [new RulebookError("", (int)ex.Start.Line, (int)ex.Start.Column, $"is not valid YAML: {message}")]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated constructs; the last event read is the best position known.
            var at = parser.Current?.End ?? Mark.Empty;
            throw new RulebookValidationException(source, [new RulebookError("", (int)at.Line, (int)at.Column, "is not valid YAML: the file ends inside an unterminated construct (check brackets and quotes after this point).")]);
        }

        var reader = new YamlReader();
        Rulebook? rulebook = null;
        if (stream.Documents.Count == 0)
        {
            reader.Error(1, 1, "", "the file is empty.");
        }
        else if (stream.Documents.Count > 1)
        {
            reader.Error(stream.Documents[1].RootNode, "", "the file must hold one YAML document.");
        }
        else
        {
            rulebook = new RulebookBuilder(reader, source).Build(stream.Documents[0].RootNode);
        }

        if (reader.Errors.Count > 0 || rulebook is null)
        {
            var errors = reader.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
            throw new RulebookValidationException(source, errors);
        }

        return rulebook;
    }
}
