using System.Globalization;
using SampleImportance.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Yaml;

/// <summary>Reads typed values from YAML nodes, reporting each problem with file, line and column
/// instead of throwing, so one pass finds them all.</summary>
internal sealed class NodeReader(string file, ICollection<ValidationError> problems)
{
    public string File { get; } = file;

    /// <summary>Errors reported so far, so a caller can tell whether a part read cleanly.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>YAML's null: an empty plain value, <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) => new(File, ToInt(mark.Line), ToInt(mark.Column));

    public void Error(YamlNode node, string message, string? fix = null) => Error(At(node), message, fix);

    public void Error(SourceLocation location, string message, string? fix = null)
    {
        ErrorCount++;
        problems.Add(new ValidationError(message, location, fix));
    }

    public void Warning(YamlNode node, string message, string? fix = null) =>
        problems.Add(new ValidationError(message, At(node), fix, ValidationSeverity.Warning));

    /// <summary>The node as a mapping with known keys, or null after reporting.</summary>
    public MappingView? Mapping(YamlNode node, string path, IReadOnlyList<string>? allowedKeys, string example)
    {
        if (node is YamlMappingNode mapping)
        {
            return new MappingView(this, mapping, path, allowedKeys);
        }

        Error(node, $"'{(path.Length == 0 ? "suite" : path)}' must be a mapping of key: value pairs.", $"Write it like {example}");
        return null;
    }

    /// <summary>The node's items, or null after reporting; an empty list is reported when <paramref name="nonEmpty"/>.</summary>
    public IReadOnlyList<YamlNode>? Sequence(YamlNode node, string path, string example, bool nonEmpty)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{path}' must be a list.", $"Write it like {path.Split('.')[^1]}: {example}");
            return null;
        }

        if (nonEmpty && sequence.Children.Count == 0)
        {
            Error(node, $"'{path}' is empty.", $"List at least one item, e.g. {example}");
            return null;
        }

        return sequence.Children.ToList();
    }

    /// <summary>A non-empty text value, or null after reporting.</summary>
    public string? Text(YamlNode node, string path)
    {
        if (node is YamlScalarNode scalar && !IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value;
        }

        Error(node, $"'{path}' must be a single non-empty value.", "Write text after the colon, e.g. key: value.");
        return null;
    }

    public int? Int32(YamlNode node, string path) => Parse<int>(
        node,
        path,
        static (string t, out int v) => int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v),
        "must be a whole number (32-bit)",
        "Write digits only, e.g. 3.");

    public long? Int64(YamlNode node, string path) => Parse<long>(
        node,
        path,
        static (string t, out long v) => long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v),
        "must be a whole number",
        "Write digits only, e.g. 50000.");

    public double? Number(YamlNode node, string path) => Parse<double>(
        node,
        path,
        static (string t, out double v) => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out v) && double.IsFinite(v),
        "must be a finite number",
        "Write a number with '.' as decimal separator, e.g. 0.25.");

    public bool? Boolean(YamlNode node, string path) => Parse<bool>(
        node,
        path,
        static (string t, out bool v) => bool.TryParse(t, out v),
        "must be true or false",
        "Write true or false.");

    /// <summary>The trimmed text parsed by <paramref name="parse"/>, or null after reporting "'path' <paramref name="problem"/>, not 'text'.".</summary>
    private T? Parse<T>(YamlNode node, string path, TryParse<T> parse, string problem, string fix)
        where T : struct
    {
        var text = Text(node, path);
        if (text is null)
        {
            return null;
        }

        if (parse(text.Trim(), out var value))
        {
            return value;
        }

        Error(node, $"'{path}' {problem}, not '{text}'.", fix);
        return null;
    }

    private static int ToInt(long value) => (int)Math.Clamp(value, 0, int.MaxValue);

    private delegate bool TryParse<T>(string text, out T value);
}
