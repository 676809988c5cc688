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
        .Number("position-bias", o => o.PositionBias, (o, v) => o.PositionBias = v, "Exponent of the examination probability 1 / position^bias (position-based click model).", 0, 10)
        .Number("text-match-noise", o => o.TextMatchNoise, (o, v) => o.TextMatchNoise = v, "Standard deviation of the noise on the text-match feature, the logged proxy of true relevance.", 0, 10)
        .Text("click-model", o => o.ClickModel, (o, v) => o.ClickModel = v, "position-based: examination 1 / position^bias; cascade: scan down, stop after a satisfied click.", [EcommerceSearchOptions.PositionBased, EcommerceSearchOptions.Cascade])
        .Number("trust-bias", o => o.TrustBias, (o, v) => o.TrustBias = v, "An examined result that does not attract is clicked with probability trust-bias / position.", 0, 1)
        .Number("clickbait", o => o.Clickbait, (o, v) => o.Clickbait = v, "Share of products whose attractiveness is their appeal, decoupled from relevance.", 0, 1)
        .Text("test-labels", o => o.TestLabels, (o, v) => o.TestLabels = v, "Labels of the test split: clicks, or relevance (graded 0-3, for ranking metrics such as ndcg@10).", [EcommerceSearchOptions.ClickLabels, EcommerceSearchOptions.RelevanceLabels]);

    public DataSourceDescriptor Describe() => new(
        Name,
        "Search sessions over a product catalogue with position- or cascade-biased clicks, trust bias and clickbait; one row per impression, label = clicked.",
        Binder.Descriptors,
        LabelKinds.Binary);

    public SourceRows Load(DataSourceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = Binder.Bind(context.Parameters);
        var count = (long)options.Sessions * Math.Min(options.PageSize, options.Products);
        SourceSize.Check(count * EcommerceSearchFeatures.FeatureNames.Count, "sessions × page-size × features", "Lower sessions or page-size.", context.Where);
        var log = EcommerceSearchGenerator.Generate(options, context.Random);
        var sessions = log.Impressions.Select(i => i.SessionId).ToArray();
        var rows = EcommerceSearchFeatures.ToSampleSet(log, options.TextMatchNoise, context.Random);
        var testLabels = options.TestLabels == EcommerceSearchOptions.RelevanceLabels ? log.Impressions.Select(i => (double)i.Grade).ToArray() : null;
        return new SourceRows(rows, sessions, Log: log, TestLabels: testLabels);
    }
}
