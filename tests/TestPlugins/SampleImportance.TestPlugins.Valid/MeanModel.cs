using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Valid;

/// <summary>Predicts the weighted mean of the labels it was fitted on (0 when fitted on no rows).</summary>
public sealed class MeanModel : IModel
{
    private readonly double _shift;
    private readonly bool _clip;
    private double _mean;

    public MeanModel(double shift, bool clip)
    {
        _shift = shift;
        _clip = clip;
    }

    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        double sum = 0, total = 0;
        var labels = data.Labels;
        for (var i = 0; i < rows.Length; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[i];
            sum += w * labels[rows[i]];
            total += w;
        }

        _mean = total > 0 ? sum / total : 0;
    }

    public void Predict(SampleSet data, Span<double> scores)
    {
        ArgumentNullException.ThrowIfNull(data);
        var value = _mean + _shift;
        scores[..data.Count].Fill(_clip ? Math.Clamp(value, 0, 1) : value);
    }

    /// <summary><c>neg-mse</c>: minus the mean squared error; <c>accuracy</c>: share of rows where (score ≥ 0.5) matches label 1.</summary>
    public double Score(SampleSet data, string metric)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scores = new double[data.Count];
        Predict(data, scores);
        var labels = data.Labels;
        if (scores.Length == 0)
        {
            return 0;
        }

        double total = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            total += metric switch
            {
                "neg-mse" => -(scores[i] - labels[i]) * (scores[i] - labels[i]),
                "accuracy" => (scores[i] >= 0.5) == (labels[i] >= 0.5) ? 1 : 0,
                _ => throw new ArgumentException($"Unknown metric '{metric}'; expected neg-mse or accuracy.", nameof(metric)),
            };
        }

        return total / scores.Length;
    }
}
