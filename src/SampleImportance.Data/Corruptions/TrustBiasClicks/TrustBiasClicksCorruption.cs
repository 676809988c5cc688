using SampleImportance.Abstractions;
using SampleImportance.Data.Sources;
using SampleImportance.Data.Synthetic.Ecommerce;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary><c>trust-bias-clicks</c>: clicks users give a result because the engine ranked it high, not because it is
/// relevant (Agarwal et al. 2019). Non-clicked impressions of non-relevant results (grade 0, where the rows carry a
/// <c>grade</c> column) become clicks with probability proportional to 1 / position; the user bounces (2–10 s dwell)
/// and buys nothing. The rate is the share of these clicks among all clicks afterwards; candidates are the clicks, by
/// position, so the position itself finds nothing.</summary>
internal sealed class TrustBiasClicksCorruption : ICorruption
{
    public const string Name = "trust-bias-clicks";

    public CorruptionDescriptor Describe() => new(
        Name,
        "Non-clicks on non-relevant results turned into bounced clicks with probability proportional to 1 / position, until they are rate × all clicks; detection is scored among clicks, by position.",
        [],
        LabelKinds.Binary);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(train);
        ClickNoise.Require(train, Name, where, EcommerceSearchFeatures.PositionColumn);
        var positions = train.Column(EcommerceSearchFeatures.PositionColumn).ToArray();
        var grades = train.HasColumn(EcommerceSearchFeatures.GradeColumn) ? train.Column(EcommerceSearchFeatures.GradeColumn).ToArray() : null;
        var weights = positions.Select((p, row) => grades is null || grades[row] == 0 ? 1.0 / Math.Max(1, p) : 0).ToArray();
        return ClickNoise.Inject(train, rate, weights, ClickNoise.BounceSeconds, Name, random, where);
    }
}
