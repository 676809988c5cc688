using SampleImportance.Abstractions;
using SampleImportance.Data.Synthetic;

namespace SampleImportance.Data.Sources;

/// <summary><c>synthetic/tabular</c>: the embedded two-Gaussian binary classification generator (<see cref="TabularGenerator"/>).</summary>
internal sealed class TabularSource : IDataSource
{
    public const string Name = "synthetic/tabular";

    private static readonly OptionsBinder<TabularOptions> Binder = new OptionsBinder<TabularOptions>()
        .Integer("rows", o => o.Rows, (o, v) => o.Rows = v, "Total rows before splitting.", 8, 1_000_000)
        .Integer("features", o => o.Features, (o, v) => o.Features = v, "Dense features per row.", 1, 4096)
        .Number("separation", o => o.Separation, (o, v) => o.Separation = v, "Distance between the two class means in standard deviations.", 0, 100)
        .Number("positive-rate", o => o.PositiveRate, (o, v) => o.PositiveRate = v, "Share of rows in class 1 (0.5 = balanced).", 0.01, 0.99);

    public DataSourceDescriptor Describe() => new(
        Name,
        "Binary classification: two unit-variance Gaussian classes a set distance apart, balanced unless positive-rate says otherwise.",
        Binder.Descriptors,
        LabelKinds.Binary);

    public SourceRows Load(DataSourceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = Binder.Bind(context.Parameters);
        SourceSize.Check((long)options.Rows * options.Features, "rows × features", "Lower rows or features.", context.Where);
        return new SourceRows(TabularGenerator.Generate(options, context.Random));
    }
}
