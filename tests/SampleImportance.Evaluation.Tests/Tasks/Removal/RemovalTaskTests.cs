using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tests.Support;

namespace SampleImportance.Evaluation.Tests.Tasks.Removal;

public sealed class RemovalTaskTests
{
    [Fact]
    public void Removing_the_lowest_valued_rows_first_retrains_without_them()
    {
        // Ten rows; the model's utility is the fraction of kept rows with label 1, so the curve is exact.
        var train = new SampleSet(new float[10], 1, [0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
        double[] values = [-2, -1, 1, 2, 3, 4, 5, 6, 7, 8];
        var outcome = TaskRun.Evaluate("removal", TaskRun.Input(values, UnitPartition.Rows(10), train), ("fractions", "0.1,0.2"), ("order", "lowest-first"));

        var curve = outcome.Curve!;
        Assert.Equal([0, 0.1, 0.2], curve.Select(p => p.Fraction));
        Assert.Equal(0.8, curve[0].Utility, 12);
        Assert.Equal(8.0 / 9, curve[1].Utility, 12);
        Assert.Equal(1.0, curve[2].Utility, 12);

        // Trapezoids over [0, 0.2], divided by the span.
        var expected = ((0.1 * (0.8 + (8.0 / 9)) / 2) + (0.1 * ((8.0 / 9) + 1.0) / 2)) / 0.2;
        Assert.Equal(expected, outcome.Metrics["removal.auc"], 12);
    }

    [Fact]
    public void Highest_first_removes_the_most_valuable_rows()
    {
        var train = new SampleSet(new float[4], 1, [0, 1, 1, 1]);
        var outcome = TaskRun.Evaluate("removal", TaskRun.Input([0, 1, 2, 3], UnitPartition.Rows(4), train), ("fractions", "0.5"), ("order", "highest-first"));
        Assert.Equal(0.5, outcome.Curve![1].Utility, 12); // rows 0 and 1 remain
    }

    [Fact]
    public void Group_values_remove_whole_groups()
    {
        // Three sessions of two rows each (ids 5, 7, 9); session 7 is valued lowest, then session 9.
        int[] sessions = [5, 7, 9, 5, 7, 9];
        var train = new SampleSet(new float[6], 1, [1, 0, 1, 1, 0, 0], columns: new Dictionary<string, int[]> { ["session"] = sessions });
        var fits = new List<int[]>();

        var outcome = TaskRun.Evaluate("removal", TaskRun.Input([3, -1, 2], UnitPartition.ByColumn("session", sessions), train, fits: fits), ("fractions", "0.34,0.67"));

        // floor(0.34 × 3) = 1 group, floor(0.67 × 3) = 2 groups: both rows of a removed session go together.
        Assert.Equal([[0, 1, 2, 3, 4, 5], [0, 2, 3, 5], [0, 3]], fits);
        Assert.Equal([0.5, 0.75, 1.0], outcome.Curve!.Select(p => p.Utility));
    }

    [Fact]
    public void A_lower_is_better_metric_enters_negated()
    {
        var train = new SampleSet(new float[4], 1, [0, 1, 1, 1]);
        var outcome = TaskRun.Evaluate("removal", TaskRun.Input([0, 1, 2, 3], UnitPartition.Rows(4), train, direction: MetricDirection.LowerIsBetter), ("fractions", "0.25"));

        Assert.Equal([-0.75, -1.0], outcome.Curve!.Select(p => p.Utility));
        Assert.Equal(-0.875, outcome.Metrics["removal.auc"], 12);
    }

    [Fact]
    public void One_value_per_unit_is_required()
    {
        var train = new SampleSet(new float[4], 1, [0, 1, 1, 1]);
        var error = Assert.Throws<ArgumentException>(() => TaskRun.Evaluate("removal", TaskRun.Input([0, 1, 2], UnitPartition.Rows(4), train)));
        Assert.Contains("one value per unit (4)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tied_values_remove_the_same_rows_whatever_the_row_order()
    {
        // Eight distinct rows, all valued 0: which half goes must follow the rows' content, not their positions.
        float[] features = [3, 1, 4, 1.5f, 5, 9, 2, 6];
        double[] labels = [0, 1, 1, 0, 1, 0, 1, 1];
        int[] permutation = [5, 2, 7, 0, 3, 6, 1, 4];

        static HashSet<float> KeptFeatures(float[] x, double[] y)
        {
            var fits = new List<int[]>();
            TaskRun.Evaluate("removal", TaskRun.Input(new double[x.Length], UnitPartition.Rows(x.Length), new SampleSet(x, 1, y), fits: fits), ("fractions", "0.5"));
            return [.. fits[1].Select(r => x[r])];
        }

        var original = KeptFeatures(features, labels);
        var shuffled = KeptFeatures([.. permutation.Select(i => features[i])], [.. permutation.Select(i => labels[i])]);

        Assert.Equal(4, original.Count);
        Assert.Equal(original, shuffled);
    }

    [Fact]
    public void A_named_metric_replaces_the_cells_utility_on_the_test_split()
    {
        // The share-of-ones model predicts 0.75 for every row; the cell's utility would read 0.75, while mse reads
        // mean (0.75 − y)² = (0.5625 + 3 × 0.0625) / 4 = 0.1875, entered negated (lower is better).
        var train = new SampleSet(new float[4], 1, [0, 1, 1, 1]);
        var outcome = TaskRun.Evaluate("removal", TaskRun.Input([0, 1, 2, 3], UnitPartition.Rows(4), train), ("fractions", "0.25"), ("metric", "mse"));

        Assert.Equal(-0.1875, outcome.Curve![0].Utility, 12);
    }

    [Fact]
    public void An_unknown_metric_is_a_problem_with_a_fix()
    {
        Assert.True(SampleImportance.Evaluation.Tasks.TaskCatalog.CreateDefault().TryGet("removal", out var task));
        var parameters = new PluginParameters([KeyValuePair.Create("metric", "ndcg@ten"), KeyValuePair.Create("fractions", "0.1")])
            .WithDefaults(task.Describe().Parameters.Select(p => p.Descriptor));

        var problem = Assert.Single(task.Check(parameters));

        Assert.Equal("metric", problem.Parameter);
        Assert.Contains("ndcg@ten", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Among_candidates_removes_only_candidates_counting_fractions_among_them()
    {
        // Rows 0–3 are candidates (clicks), rows 4–5 are not and are valued lowest of all: they must stay.
        var train = new SampleSet(new float[6], 1, [1, 1, 1, 1, 0, 0]);
        var fits = new List<int[]>();
        var input = TaskRun.Input([3, -1, 2, 1, -9, -8], UnitPartition.Rows(6), train, fits: fits) with { NoiseStrata = [0, 0, 0, 0, -1, -1] };

        TaskRun.Evaluate("removal", input, ("fractions", "0.25,0.5"), ("among", "candidates"));

        // 25% of 4 candidates = row 1 (value −1); 50% = rows 1 and 3.
        Assert.Equal([[0, 1, 2, 3, 4, 5], [0, 2, 3, 4, 5], [0, 2, 4, 5]], fits.Select(f => f.Order().ToArray()));
    }
}
