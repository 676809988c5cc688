using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>The one reading of model outputs every built-in metric shares.</summary>
internal static class PredictionReader
{
    /// <summary>
    /// A single ranking score per row: the score itself for one output, else the expected label Σ c·p_c over the class
    /// columns (P(y = 1) for a binary probability model; monotone in it, so AUC and rankings are unchanged).
    /// </summary>
    public static double[] Scores(MetricInput input)
    {
        var scores = new double[input.Count];
        for (var row = 0; row < input.Count; row++)
        {
            var outputs = input.Row(row);
            if (outputs.Length == 1)
            {
                scores[row] = outputs[0];
                continue;
            }

            var expected = 0.0;
            for (var c = 1; c < outputs.Length; c++)
            {
                expected += c * outputs[c];
            }

            scores[row] = expected;
        }

        return scores;
    }

    /// <summary>The class column of a row's label, or −1 when the label is not a class the outputs cover.</summary>
    public static int ClassOf(MetricInput input, int row)
    {
        var label = input.Labels[row];
        return label >= 0 && label < input.Outputs && label == Math.Floor(label) ? (int)label : -1;
    }

    /// <summary>Weight of a row (1 when the input carries none).</summary>
    public static double WeightOf(MetricInput input, int row) => input.Weights.IsEmpty ? 1.0 : input.Weights[row];

    /// <summary>
    /// The weighted mean over rows of <paramref name="ofScore"/> applied to the class score of the row's true label (0 when
    /// the label is not a class the outputs cover); 0 when the weights sum to 0.
    /// </summary>
    public static double WeightedMeanOfTrueClass(MetricInput input, Func<double, double> ofScore)
    {
        double sum = 0, total = 0;
        for (var row = 0; row < input.Count; row++)
        {
            var weight = WeightOf(input, row);
            var label = ClassOf(input, row);
            sum += weight * ofScore(label >= 0 ? input.Row(row)[label] : 0.0);
            total += weight;
        }

        return total > 0 ? sum / total : 0.0;
    }
}
