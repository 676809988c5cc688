using SampleImportance.Engine.Results;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Engine.Tests.Results;

public class ResultAggregatorTests
{
    private static Dictionary<string, double> M(string metric, double value) => new() { [metric] = value };

    [Fact]
    public void Aggregate_three_seeds_gives_mean_and_hand_computed_t_interval()
    {
        var cells = new[]
        {
            TestRuns.Cell("knn", 1, M("auroc", 0.8)),
            TestRuns.Cell("knn", 2, M("auroc", 0.9)),
            TestRuns.Cell("knn", 3, M("auroc", 1.0)),
        };

        var row = Assert.Single(ResultAggregator.Aggregate(cells));

        // mean 0.9; sample sd 0.1; se 0.1/sqrt(3) = 0.0577350; t(0.975, 2) = 4.3026527 → half-width 0.2484138.
        Assert.Equal(("clicks", "fake-clicks(0.1)", "knn", "knn", "auroc"), (row.Dataset, row.Corruption, row.Model, row.Estimator, row.Metric));
        Assert.Equal(0.9, row.Mean, 12);
        Assert.Equal(0.9 - 0.2484138, row.CiLower, 6);
        Assert.Equal(0.9 + 0.2484138, row.CiUpper, 6);
        Assert.Equal(3, row.Count);
    }

    [Fact]
    public void Aggregate_two_seeds_uses_one_degree_of_freedom()
    {
        var cells = new[] { TestRuns.Cell("knn", 1, M("auroc", 1)), TestRuns.Cell("knn", 2, M("auroc", 3)) };

        var row = Assert.Single(ResultAggregator.Aggregate(cells));

        // mean 2; sd sqrt(2); se 1; t(0.975, 1) = 12.7062048.
        Assert.Equal(2, row.Mean, 12);
        Assert.Equal(2 - 12.7062048, row.CiLower, 6);
        Assert.Equal(2 + 12.7062048, row.CiUpper, 6);
    }

    [Fact]
    public void Aggregate_one_seed_collapses_the_interval_to_the_mean()
    {
        var row = Assert.Single(ResultAggregator.Aggregate([TestRuns.Cell("knn", 1, M("auroc", 0.75))]));

        Assert.Equal((0.75, 0.75, 0.75, 1), (row.Mean, row.CiLower, row.CiUpper, row.Count));
    }

    [Fact]
    public void Aggregate_identical_values_has_zero_width()
    {
        var cells = Enumerable.Range(1, 4).Select(s => TestRuns.Cell("knn", s, M("auroc", 0.5))).ToList();

        var row = Assert.Single(ResultAggregator.Aggregate(cells));

        Assert.Equal((0.5, 0.5, 0.5), (row.Mean, row.CiLower, row.CiUpper));
    }

    [Fact]
    public void Aggregate_ignores_cells_that_did_not_succeed_and_non_finite_values()
    {
        var cells = new[]
        {
            TestRuns.Cell("knn", 1, M("auroc", 0.6)),
            TestRuns.Cell("knn", 2, M("auroc", 0.1), CellStatus.Failed, "boom"),
            TestRuns.Cell("knn", 3, M("auroc", 0.2), CellStatus.TimedOut),
            TestRuns.Cell("knn", 4, M("auroc", 0.3), CellStatus.Skipped),
            TestRuns.Cell("knn", 5, M("auroc", 0.4), CellStatus.Cancelled),
            TestRuns.Cell("knn", 6, M("auroc", double.NaN)),
            TestRuns.Cell("knn", 7, M("auroc", 0.8)),
        };

        var row = Assert.Single(ResultAggregator.Aggregate(cells));

        Assert.Equal(2, row.Count);
        Assert.Equal(0.7, row.Mean, 12);
    }

    [Fact]
    public void Aggregate_groups_by_dataset_corruption_model_estimator_and_metric()
    {
        var cells = new[]
        {
            TestRuns.Cell("knn", 1, new Dictionary<string, double> { ["auroc"] = 0.8, ["time.median"] = 2 }),
            TestRuns.Cell("knn", 2, M("auroc", 0.6)),
            TestRuns.Cell("knn", 1, M("auroc", 0.1), corruption: "label-flip(0.2)"),
            TestRuns.Cell("knn", 1, M("auroc", 0.2), model: "logreg"),
            TestRuns.Cell("knn", 1, M("auroc", 0.3), dataset: "beauty"),
            TestRuns.Cell("loo", 1, M("auroc", 0.4)),
        };

        var rows = ResultAggregator.Aggregate(cells);

        Assert.Equal(
            [
                "beauty/fake-clicks(0.1)/knn/knn/auroc=0.3 n=1",
                "clicks/fake-clicks(0.1)/knn/knn/auroc=0.7 n=2",
                "clicks/fake-clicks(0.1)/knn/knn/time.median=2 n=1",
                "clicks/fake-clicks(0.1)/knn/loo/auroc=0.4 n=1",
                "clicks/fake-clicks(0.1)/logreg/knn/auroc=0.2 n=1",
                "clicks/label-flip(0.2)/knn/knn/auroc=0.1 n=1",
            ],
            rows.Select(r => FormattableString.Invariant($"{r.Dataset}/{r.Corruption}/{r.Model}/{r.Estimator}/{r.Metric}={Math.Round(r.Mean, 9)} n={r.Count}")));
    }

    [Fact]
    public void Aggregate_output_does_not_depend_on_cell_order()
    {
        var cells = TestRuns.Leaderboard().Cells;
        var reversed = cells.Reverse().ToList();

        Assert.Equal(ResultAggregator.Aggregate(cells), ResultAggregator.Aggregate(reversed), new RowComparer());
    }

    [Fact]
    public void Aggregate_of_no_cells_is_empty()
    {
        Assert.Empty(ResultAggregator.Aggregate([]));
    }

    private sealed class RowComparer : IEqualityComparer<AggregateResult>
    {
        // Summation order may differ in the last bit; everything else must match exactly.
        public bool Equals(AggregateResult? x, AggregateResult? y) =>
            x is not null && y is not null
            && x with { Mean = 0, CiLower = 0, CiUpper = 0 } == y with { Mean = 0, CiLower = 0, CiUpper = 0 }
            && Math.Abs(x.Mean - y.Mean) < 1e-12 && Math.Abs(x.CiLower - y.CiLower) < 1e-9 && Math.Abs(x.CiUpper - y.CiUpper) < 1e-9;

        public int GetHashCode(AggregateResult obj) => obj.Metric.GetHashCode(StringComparison.Ordinal);
    }
}
