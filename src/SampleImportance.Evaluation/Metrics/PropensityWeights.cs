using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// The inverse examination propensities the ipw-* metrics read from <see cref="MetricInput.Weights"/>: row i's weight
/// is 1 / p(examined at the position row i was logged at), so ≥ 1 for a propensity in (0, 1]. Only clicked rows'
/// weights matter. No weights means every weight is 1, and each ipw-* metric then equals its unweighted twin.
/// </summary>
internal static class PropensityWeights
{
    /// <summary>One finite, non-negative weight per row (1 each when the input has none).</summary>
    /// <exception cref="ArgumentException">A weight is negative, NaN or infinite.</exception>
    public static double[] Read(MetricInput input)
    {
        var weights = new double[input.Count];
        for (var row = 0; row < weights.Length; row++)
        {
            var weight = PredictionReader.WeightOf(input, row);
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentException(
                    $"Row {row} has weight {weight}; inverse-propensity metrics read each weight as 1/p(examined at the row's logged position), a finite number ≥ 0. Fix the weight column, or leave it out to score without propensity correction.",
                    nameof(input));
            }

            weights[row] = weight;
        }

        return weights;
    }

    /// <summary>Each row's DCG gain (<see cref="Dcg.Gain"/>) times its weight: the IPS-corrected gains of the ipw-*dcg metrics.</summary>
    public static double[] WeightedGains(MetricInput input)
    {
        var gains = Read(input);
        for (var row = 0; row < gains.Length; row++)
        {
            gains[row] *= Dcg.Gain(input.Labels[row]);
        }

        return gains;
    }
}
