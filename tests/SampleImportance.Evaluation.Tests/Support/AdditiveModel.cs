using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tests.Support;

/// <summary>Predicts, for every row, the sum of the first feature over the rows it was fitted on: a utility that is
/// exactly additive in the rows, each row's weight its feature.</summary>
internal sealed class AdditiveModel(List<int[]>? fits = null) : IModel
{
    private double _sum;

    public int Outputs => 1;

    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        fits?.Add(rows.ToArray());
        _sum = 0;
        foreach (var r in rows)
        {
            _sum += data.Features[r * data.FeatureCount];
        }
    }

    public void Predict(SampleSet data, Span<double> predictions) => predictions.Fill(_sum);
}
