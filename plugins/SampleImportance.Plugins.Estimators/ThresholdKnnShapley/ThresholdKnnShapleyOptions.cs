using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.KnnShapley;

namespace SampleImportance.Plugins.Estimators.ThresholdKnnShapley;

/// <summary>Options of the <c>threshold-knn-shapley</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class ThresholdKnnShapleyOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<ThresholdKnnShapleyOptions> Binder { get; } = new OptionsBinder<ThresholdKnnShapleyOptions>()
        .Number(
            "threshold",
            o => o.Threshold,
            (o, v) => o.Threshold = v,
            "Neighbourhood radius τ in Euclidean feature distance (default 0 = automatic: the median, over validation points, of the distance to the auto-neighbours-th nearest training row).",
            minimum: 0,
            maximum: 1e30)
        .Integer(
            "auto-neighbours",
            o => o.AutoNeighbours,
            (o, v) => o.AutoNeighbours = v,
            "With threshold 0, the typical validation point gets about this many training rows within τ (default 5, knn-shapley's K).",
            minimum: 1,
            maximum: 100_000)
        .Text(
            "similarity",
            o => o.Similarity,
            (o, v) => o.Similarity = v,
            "Label match averaged over the neighbours: 'exact' (default, the paper's 1[yᵢ = y]), 'graded' or 'gaussian' (as soft-knn-shapley).",
            [LabelMatch.ExactName, LabelMatch.GradedName, LabelMatch.GaussianName])
        .Number("bandwidth", o => o.Bandwidth, (o, v) => o.Bandwidth = v, LabelMatch.BandwidthDescription, minimum: 0, maximum: 1e12);

    /// <summary>Radius τ; 0 = automatic. Default 0.</summary>
    public double Threshold { get; set; }

    /// <summary>Neighbour rank whose median distance is the automatic τ. Default 5.</summary>
    public int AutoNeighbours { get; set; } = 5;

    /// <summary>Label match, <c>exact</c>, <c>graded</c> or <c>gaussian</c>. Default <c>exact</c>.</summary>
    public string Similarity { get; set; } = LabelMatch.ExactName;

    /// <summary>Gaussian bandwidth; 0 = the training labels' standard deviation. Default 0.</summary>
    public double Bandwidth { get; set; }
}
