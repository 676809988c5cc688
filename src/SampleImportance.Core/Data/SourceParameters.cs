using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Core.Validation;

namespace SampleImportance.Core.Data;

/// <summary>A source's parameters read against its <see cref="DataSourceCatalog"/> descriptors: defaults filled
/// in, kinds and ranges checked, every problem reported together.</summary>
internal sealed class SourceParameters
{
    private readonly Dictionary<string, double> _values;

    private SourceParameters(Dictionary<string, double> values) => _values = values;

    public static SourceParameters Read(string source, PluginParameters given, SourceLocation where)
    {
        if (!DataSourceCatalog.TryGetParameters(source, out var descriptors))
        {
            throw new InputException(new ValidationError(
                $"Unknown dataset source '{source}'.",
                where,
                "Use one of: " + string.Join(", ", DataSourceCatalog.Sources) + "."));
        }

        var errors = new List<ValidationError>();
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in given.Values.Keys.Where(n => descriptors.All(d => d.Name != n)).Order(StringComparer.Ordinal))
        {
            var accepted = descriptors.Count == 0 ? "none" : string.Join(", ", descriptors.Select(d => d.Name));
            errors.Add(new ValidationError($"Source '{source}' has no parameter '{name}'.", where, $"Remove it; accepted parameters: {accepted}."));
        }

        foreach (var d in descriptors)
        {
            var text = given.GetString(d.Name, d.Default);
            var style = d.Kind == ParameterKind.Integer ? NumberStyles.Integer : NumberStyles.Float;
            if (!double.TryParse(text, style, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                var kind = d.Kind == ParameterKind.Integer ? "an integer" : "a number";
                errors.Add(new ValidationError($"Parameter '{d.Name}' of '{source}' must be {kind}, got '{text}'.", where, $"Write {kind}, e.g. {d.Default}."));
                continue;
            }

            if (d.Kind == ParameterKind.Integer && value > int.MaxValue)
            {
                errors.Add(new ValidationError($"Parameter '{d.Name}' of '{source}' is too large: {text}.", where, $"Use at most {d.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "2147483647"}."));
                continue;
            }

            if ((d.Minimum is { } min && value < min) || (d.Maximum is { } max && value > max))
            {
                var range = FormattableString.Invariant($"[{d.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}, {d.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "∞"}]");
                errors.Add(new ValidationError($"Parameter '{d.Name}' of '{source}' is {text}, outside {range}.", where, $"Use a value in {range} (default {d.Default})."));
                continue;
            }

            values[d.Name] = value;
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return new SourceParameters(values);
    }

    public int Integer(string name) => (int)_values[name];

    public double Number(string name) => _values[name];
}
