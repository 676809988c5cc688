using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.KnnShapley;

namespace SampleImportance.Plugins.Estimators.SoftKnnShapley;

/// <summary>Options of the <c>soft-knn-shapley</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class SoftKnnShapleyOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<SoftKnnShapleyOptions> Binder { get; } = new OptionsBinder<SoftKnnShapleyOptions>()
        .Integer("k", o => o.K, (o, v) => o.K = v, "Number of nearest neighbours K of the valued KNN utility (default 5, as knn-shapley).", minimum: 1, maximum: 100_000)
        .Text(
            "similarity",
            o => o.Similarity,
            (o, v) => o.Similarity = v,
            "Soft label match: 'graded' (default) 1 − |yᵢ − y| / (max − min grade), for graded relevance and other ordinal labels; 'gaussian' exp(−(yᵢ − y)²/(2·bandwidth²)), for regression-like targets.",
            [LabelMatch.GradedName, LabelMatch.GaussianName])
        .Number("bandwidth", o => o.Bandwidth, (o, v) => o.Bandwidth = v, LabelMatch.BandwidthDescription, minimum: 0, maximum: 1e12);

    /// <summary>Neighbours K. Default 5.</summary>
    public int K { get; set; } = 5;

    /// <summary>Soft match, <c>graded</c> or <c>gaussian</c>. Default <c>graded</c>.</summary>
    public string Similarity { get; set; } = LabelMatch.GradedName;

    /// <summary>Gaussian bandwidth; 0 = the training labels' standard deviation. Default 0.</summary>
    public double Bandwidth { get; set; }
}
