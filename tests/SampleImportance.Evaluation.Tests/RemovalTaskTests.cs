using SampleImportance.Abstractions;
using SampleImportance.Evaluation;

namespace SampleImportance.Evaluation.Tests;

public sealed class RemovalTaskTests
{
    [Fact]
    public void Removing_the_lowest_valued_rows_first_retrains_without_them()
    {
        // Ten rows; the model's utility is the fraction of kept rows with label 1, so the curve is exact.
        var train = new SampleSet(new float[10], 1, [0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
        double[] values = [-2, -1, 1, 2, 3, 4, 5, 6, 7, 8];
        var (curve, area) = RemovalTask.Evaluate(values, train, train, () => new ShareOfOnes(), "share",
            new RemovalTaskPlan([0.1, 0.2], RemovalOrder.LowestFirst), CancellationToken.None);

        Assert.Equal([0, 0.1, 0.2], curve.Select(p => p.Fraction));
        Assert.Equal(0.8, curve[0].Utility, 12);
        Assert.Equal(8.0 / 9, curve[1].Utility, 12);
        Assert.Equal(1.0, curve[2].Utility, 12);

        // Trapezoids over [0, 0.2], divided by the span.
        var expected = ((0.1 * (0.8 + (8.0 / 9)) / 2) + (0.1 * ((8.0 / 9) + 1.0) / 2)) / 0.2;
        Assert.Equal(expected, area, 12);
    }

    [Fact]
    public void Highest_first_removes_the_most_valuable_rows()
    {
        var train = new SampleSet(new float[4], 1, [0, 1, 1, 1]);
        var (curve, _) = RemovalTask.Evaluate([0, 1, 2, 3], train, train, () => new ShareOfOnes(), "share",
            new RemovalTaskPlan([0.5], RemovalOrder.HighestFirst), CancellationToken.None);
        Assert.Equal(0.5, curve[1].Utility, 12); // rows 0 and 1 remain
    }

    private sealed class ShareOfOnes : IModel
    {
        private double _share;

        public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
        {
            var ones = 0;
            foreach (var r in rows)
            {
                ones += data.Labels[r] == 1 ? 1 : 0;
            }

            _share = rows.IsEmpty ? 0 : ones / (double)rows.Length;
        }

        public void Predict(SampleSet data, Span<double> scores) => scores.Fill(_share);

        public double Score(SampleSet data, string metric) => _share;
    }
}
