using SampleImportance.Abstractions;
using SampleImportance.Data.Synthetic.Ecommerce;

namespace SampleImportance.Data.Sources;

/// <summary>
/// <c>synthetic/ecommerce-search</c>: the embedded search-session generator (<see cref="EcommerceSearchGenerator"/>),
/// one row per impression labelled clicked (0/1). Rows are split by session: a page's impressions share a query and
/// compete for the click, so they stay together.
/// </summary>
internal sealed class EcommerceSearchSource : IDataSource
{
    public const string Name = "synthetic/ecommerce-search";

    private static readonly OptionsBinder<EcommerceSearchOptions> Binder = new OptionsBinder<EcommerceSearchOptions>()
        .Integer("queries", o => o.Queries, (o, v) => o.Queries = v, "Distinct queries.", 1, 1_000_000)
        .Integer("products", o => o.Products, (o, v) => o.Products = v, "Products in the catalogue.", 2, 10_000_000)
        .Integer("sessions", o => o.Sessions, (o, v) => o.Sessions = v, "Search sessions; each shows one result page.", 1, 10_000_000)
        .Integer("page-size", o => o.PageSize, (o, v) => o.PageSize = v, "Results shown per session; rows = sessions × page-size.", 1, 100)
        .Number("position-bias", o => o.PositionBias, (o, v) => o.PositionBias = v, "Exponent of the examination probability 1 / position^bias.", 0, 10);

    public DataSourceDescriptor Describe() => new(
        Name,
        "Search sessions over a product catalogue with position-biased clicks; one row per impression, label = clicked.",
        Binder.Descriptors,
        LabelKinds.Binary);

    public SourceRows Load(DataSourceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = Binder.Bind(context.Parameters);
        var rows = (long)options.Sessions * Math.Min(options.PageSize, options.Products);
        SourceSize.Check(rows * EcommerceSearchFeatures.FeatureNames.Count, "sessions × page-size × features", "Lower sessions or page-size.", context.Where);
        var log = EcommerceSearchGenerator.Generate(options, context.Random);
        var sessions = log.Impressions.Select(i => i.SessionId).ToArray();
        return new SourceRows(EcommerceSearchFeatures.ToSampleSet(log), sessions, Log: log);
    }
}
