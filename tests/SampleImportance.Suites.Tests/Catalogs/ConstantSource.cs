using SampleImportance.Abstractions;
using SampleImportance.Data.Sources;

namespace SampleImportance.Suites.Tests.Catalogs;

/// <summary>A source outside the built-ins with real-valued labels (so binary-only corruptions do not apply).</summary>
internal sealed class ConstantSource : IDataSource
{
    public DataSourceDescriptor Describe() => new(
        "constant",
        "Rows whose label is half the row number.",
        [new ParameterDescriptor("rows", ParameterKind.Integer, "12", "Rows.", Minimum: 4)],
        LabelKinds.Real);

    public SourceRows Load(DataSourceContext context)
    {
        var rows = context.Parameters.GetInt32("rows", 12);
        return new SourceRows(new SampleSet(new float[rows], 1, [.. Enumerable.Range(0, rows).Select(i => i * 0.5)]));
    }
}
