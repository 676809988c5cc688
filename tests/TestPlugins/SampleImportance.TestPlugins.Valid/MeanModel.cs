using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Valid;

/// <summary>Predicts one score per row: the weighted mean of the labels it was fitted on (0 when fitted on no rows), plus shift.</summary>
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

    public int Outputs => 1;

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

    public void Predict(SampleSet data, Span<double> predictions)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (predictions.Length != data.Count)
        {
            throw new ArgumentException($"Expected {data.Count} predictions, got a span of {predictions.Length}.", nameof(predictions));
        }

        var value = _mean + _shift;
        predictions.Fill(_clip ? Math.Clamp(value, 0, 1) : value);
    }
}
