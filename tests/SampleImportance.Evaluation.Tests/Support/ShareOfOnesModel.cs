using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tests.Support;

/// <summary>Predicts, for every row, the share of label-1 rows it was fitted on; records each fit's rows.</summary>
internal sealed class ShareOfOnesModel(List<int[]>? fits = null) : IModel
{
    private double _share;

    public int Outputs => 1;

    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        fits?.Add(rows.ToArray());
        var ones = 0;
        foreach (var r in rows)
        {
            ones += data.Labels[r] == 1 ? 1 : 0;
        }

        _share = rows.IsEmpty ? 0 : ones / (double)rows.Length;
    }

    public void Predict(SampleSet data, Span<double> predictions) => predictions.Fill(_share);
}
