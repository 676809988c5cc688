using SampleImportance.Abstractions;
using SampleImportance.Validation;
using SampleImportance.Validation.Parameters;

namespace SampleImportance.Data;

/// <summary>A source's parameters read against its <see cref="DataSourceCatalog"/> descriptors with the same
/// <see cref="ParameterValidator"/> rules as plugin parameters: defaults filled in, kinds and ranges checked,
/// every problem reported together. Suites validate first; this guards direct callers of the loader.</summary>
internal sealed class SourceParameters
{
    private readonly PluginParameters _values;

    private SourceParameters(PluginParameters values) => _values = values;

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
        var values = ParameterValidator.Validate(
            given.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ParameterInput(p.Key, p.Value, where)),
            descriptors,
            $"source '{source}'",
            errors);
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return new SourceParameters(values);
    }

    public int Integer(string name) => _values.GetInt32(name, 0);

    public double Number(string name) => _values.GetDouble(name, 0);
}
