namespace SampleImportance.Abstractions;

/// <summary>
/// A quality measure computed from predictions and labels (per group where it needs groups). Metrics are a seam of
/// their own: models fit and predict, metrics score, and the host builds the utility from both. Needs a public
/// parameterless constructor when shipped in a plugin.
/// </summary>
public interface IMetric
{
    /// <summary>Name, direction, whether it needs groups, and what it reads.</summary>
    MetricDescriptor Describe();

    /// <summary>The metric's value; NaN where it is undefined (e.g. AUC with one class).</summary>
    /// <param name="input">Predictions, labels, groups and weights of the scored rows.</param>
    double Compute(MetricInput input);
}
