using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data;
using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Sources;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation.Parameters;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads a dataset's <c>split:</c>, <c>standardize:</c> and <c>corruption:</c> (kinds, parameters and label kinds from the <see cref="CorruptionCatalog"/>).</summary>
internal static class DatasetOptionsReader
{
    private static readonly string[] SplitKeys = ["validation", "test"];
    private static readonly string[] CorruptionKeys = ["kind", "rate", "params"];

    public static DatasetRequest ReadSplit(MappingView entry, DatasetRequest request, SuiteReadContext context)
    {
        var reader = context.Reader;
        var node = entry.Optional("split");
        var split = node is null ? null : reader.Mapping(node, entry.Child("split"), SplitKeys, "split: { validation: 0.25, test: 0.25 }");
        if (split is null)
        {
            return request;
        }

        var validationOk = TryReadFraction(split, "validation", reader, request.ValidationFraction, out var validation);
        var testOk = TryReadFraction(split, "test", reader, request.TestFraction, out var test);
        if (validationOk && testOk && validation + test >= 1)
        {
            reader.Error(
                split.Node,
                FormattableString.Invariant($"'{split.Path}' leaves no training rows: validation {validation} + test {test} = {validation + test}, must be below 1."),
                "Lower the fractions so their sum is below 1 (defaults are 0.25 each).");
        }

        return request with { ValidationFraction = validation, TestFraction = test };
    }

    /// <summary><c>standardize: true|false</c> (default true): features scaled with the training rows' statistics.</summary>
    public static DatasetRequest ReadStandardize(MappingView entry, DatasetRequest request, SuiteReadContext context)
    {
        return entry.Optional("standardize") is { } node && context.Reader.Boolean(node, entry.Child("standardize")) is { } standardize
            ? request with { Standardize = standardize }
            : request;
    }

    public static DatasetRequest ReadCorruption(MappingView entry, DatasetRequest request, DataSourceDescriptor? source, SuiteReadContext context)
    {
        var reader = context.Reader;
        var catalog = context.Catalogs.Corruptions;
        var exampleKind = catalog.Names.FirstOrDefault() ?? "name";
        var node = entry.Optional("corruption");
        var corruption = node is null ? null : reader.Mapping(node, entry.Child("corruption"), CorruptionKeys, $"corruption: {{ kind: {exampleKind}, rate: 0.1 }}");
        if (corruption is null)
        {
            return request;
        }

        CorruptionDescriptor? kind = null;
        if (corruption.Required("kind", exampleKind) is { } kindNode && reader.Text(kindNode, corruption.Child("kind")) is { } text)
        {
            kind = catalog.Describe(text);
            if (kind is null)
            {
                reader.Error(kindNode, $"Unknown corruption kind '{text}'.", NameSuggester.Fix(text, catalog.Names, "Kinds"));
            }
            else if (source is not null && (source.Labels & kind.AppliesTo) == LabelKinds.None)
            {
                var fitting = catalog.Descriptors.Where(d => (d.AppliesTo & source.Labels) != LabelKinds.None).Select(d => d.Name).ToList();
                reader.Error(
                    kindNode,
                    $"Corruption '{text}' applies to {Text(kind.AppliesTo)} labels, but source '{source.Name}' produces {Text(source.Labels)} labels.",
                    fitting.Count == 0 ? "Remove the corruption, or use another source." : $"Use a corruption for these labels: {string.Join(", ", fitting)}.");
                kind = null;
            }
        }

        var parameters = ParamsReader.Read(corruption, kind?.Parameters, $"corruption '{kind?.Name}'", context);
        double? rate = null;
        if (corruption.Required("rate", "0.1") is { } rateNode && reader.Number(rateNode, corruption.Child("rate")) is { } value)
        {
            if (value is > 0 and < 1)
            {
                rate = value;
            }
            else
            {
                reader.Error(rateNode, $"'{corruption.Child("rate")}' must be between 0 and 1 (exclusive), not {value.ToString(CultureInfo.InvariantCulture)}.", "Write the fraction of training rows to corrupt, e.g. 0.1.");
            }
        }

        return kind is null || rate is null
            ? request
            : request with { Corruption = new CorruptionRequest(kind.Name, rate.Value, parameters) };
    }

    private static string Text(LabelKinds kinds) => string.Join(" or ", Enum.GetValues<LabelKinds>()
        .Where(k => k is not (LabelKinds.None or LabelKinds.Any) && kinds.HasFlag(k))
        .Select(k => k.ToString().ToLowerInvariant()));

    /// <summary>The written fraction, or <paramref name="fallback"/> when absent; false after reporting a bad one.</summary>
    private static bool TryReadFraction(MappingView split, string key, NodeReader reader, double fallback, out double value)
    {
        value = fallback;
        if (split.Optional(key) is not { } node)
        {
            return true;
        }

        if (reader.Number(node, split.Child(key)) is not { } written)
        {
            return false;
        }

        if (written is > 0 and < 1)
        {
            value = written;
            return true;
        }

        reader.Error(node, $"'{split.Child(key)}' must be between 0 and 1 (exclusive), not {written.ToString(CultureInfo.InvariantCulture)}.", "Write a fraction such as 0.25.");
        return false;
    }
}
