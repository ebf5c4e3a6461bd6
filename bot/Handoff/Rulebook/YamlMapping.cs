using YamlDotNet.RepresentationModel;

namespace HandoffBot.Handoff.Rulebook;

/// <summary>A mapping being read: remembers which keys were asked for, so that <see cref="Finish"/> reports the rest as unknown.</summary>
internal sealed class YamlMapping(YamlReader reader, YamlMappingNode node, string path)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlMappingNode Node => node;

    public string Path => path;

    public YamlNode? Optional(string key)
    {
        _known.Add(key);
        return node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public YamlNode? Required(string key)
    {
        var value = Optional(key);
        if (value is null)
        {
            reader.Error(node, Child(key), "is required but missing.");
        }

        return value;
    }

    public string Child(string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>The node that holds <paramref name="key"/>'s value, or the mapping itself when the key is absent (for error positions).</summary>
    public YamlNode At(string key) => Optional(key) ?? node;

    public void Finish()
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!_known.Contains(name))
            {
                reader.Error(key, Child(name), $"unknown key \"{name}\"; expected one of: {string.Join(", ", _known.Order(StringComparer.Ordinal))}.");
            }
        }
    }
}
