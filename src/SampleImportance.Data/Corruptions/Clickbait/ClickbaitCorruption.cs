using SampleImportance.Abstractions;
using SampleImportance.Data.Sources;
using SampleImportance.Data.Synthetic.Ecommerce;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary><c>clickbait</c>: clicks drawn by how tempting a listing looks, not by how relevant it is. Non-clicked
/// impressions become clicks with probability proportional to their product's <c>appeal</c> column, whatever the
/// query; the user bounces (2–10 s dwell) and buys nothing. The rate is the share of clickbait clicks among all clicks
/// afterwards; candidates are the clicks, by position.</summary>
internal sealed class ClickbaitCorruption : ICorruption
{
    public const string Name = "clickbait";

    public CorruptionDescriptor Describe() => new(
        Name,
        "Non-clicks turned into bounced clicks with probability proportional to the product's appeal, not its relevance, until they are rate × all clicks; detection is scored among clicks, by position.",
        [],
        LabelKinds.Binary);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(train);
        ClickNoise.Require(train, Name, where, EcommerceSearchFeatures.AppealColumn);
        var weights = train.Column(EcommerceSearchFeatures.AppealColumn).ToArray().Select(a => (double)a).ToArray();
        return ClickNoise.Inject(train, rate, weights, ClickNoise.BounceSeconds, Name, random, where);
    }
}
