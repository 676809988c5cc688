using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Mean class score of the true label. For the <c>knn</c> model (class score = matching neighbours / K) this is the
/// K-nearest-neighbour utility of Jia et al. (2019), "Efficient task-specific data valuation for nearest neighbor
/// algorithms", whose Shapley values knn-shapley computes in closed form.
/// </summary>
internal sealed class LabelLikelihoodMetric : IMetric
{
    public MetricDescriptor Describe() => new(
        BuiltInMetricNames.LabelLikelihood,
        "Mean class score of the true label (Jia et al. 2019's KNN utility for the knn model).",
        MetricDirection.HigherIsBetter,
        NeedsGroups: false,
        PredictionKind.ClassScores);

    public double Compute(MetricInput input) => PredictionReader.WeightedMeanOfTrueClass(input, static p => p);
}
