using SampleImportance.Validation.Parameters;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Yaml;

/// <summary>A YAML mapping read by key, having already reported non-text keys and unknown keys.</summary>
internal sealed class MappingView
{
    private readonly NodeReader _reader;
    private readonly Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> _entries = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<YamlScalarNode, YamlNode>> _ordered = [];

    /// <param name="reader">Where problems go.</param>
    /// <param name="node">The mapping.</param>
    /// <param name="path">Its path for messages, e.g. <c>datasets[0]</c>; empty for the root.</param>
    /// <param name="allowedKeys">Known keys, in the order to list them; null accepts any key (plugin params).</param>
    public MappingView(NodeReader reader, YamlMappingNode node, string path, IReadOnlyList<string>? allowedKeys)
    {
        _reader = reader;
        Node = node;
        Path = path;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode scalar || NodeReader.IsNull(scalar))
            {
                reader.Error(key, $"Keys in '{Describe()}' must be plain names.", "Write the key as text, e.g. id: value.");
                continue;
            }

            var name = scalar.Value ?? string.Empty;
            if (allowedKeys is not null && !allowedKeys.Contains(name, StringComparer.Ordinal))
            {
                reader.Error(scalar, $"Unknown key '{name}' in '{Describe()}'.", NameSuggester.Fix(name, allowedKeys, "Allowed keys"));
                continue;
            }

            var entry = new KeyValuePair<YamlScalarNode, YamlNode>(scalar, value);
            _entries[name] = entry;
            _ordered.Add(entry);
        }
    }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    /// <summary>Accepted entries in document order.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalarNode, YamlNode>> Entries => _ordered;

    /// <summary>The path of a child, e.g. <c>datasets[0].split</c>.</summary>
    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>True when the key is written (even with no value).</summary>
    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The key's node, or null when absent.</summary>
    public YamlScalarNode? KeyNode(string key) => _entries.TryGetValue(key, out var e) ? e.Key : null;

    /// <summary>The value, or null when absent or written without a value.</summary>
    public YamlNode? Optional(string key) =>
        _entries.TryGetValue(key, out var e) && !NodeReader.IsNull(e.Value) ? e.Value : null;

    /// <summary>The value; reports an error and returns null when absent or empty.</summary>
    /// <param name="key">The key.</param>
    /// <param name="example">An example value for the fix, e.g. <c>[1, 2, 3]</c>.</param>
    public YamlNode? Required(string key, string example)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            _reader.Error(Node, $"'{Child(key)}' is required.", $"Add {key}: {example}");
            return null;
        }

        if (NodeReader.IsNull(entry.Value))
        {
            _reader.Error(entry.Key, $"'{Child(key)}' has no value.", $"Write {key}: {example}");
            return null;
        }

        return entry.Value;
    }

    private string Describe() => Path.Length == 0 ? "suite" : Path;
}
