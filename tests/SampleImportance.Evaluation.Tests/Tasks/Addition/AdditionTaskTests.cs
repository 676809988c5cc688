using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Evaluation.Tests.Support;

namespace SampleImportance.Evaluation.Tests.Tasks.Addition;

public sealed class AdditionTaskTests
{
    [Fact]
    public void The_highest_valued_units_are_fitted_on_first_then_all_of_them()
    {
        // Ten rows; the utility is the share of label-1 rows fitted on. The two label-0 rows are valued lowest.
        var train = new SampleSet(new float[10], 1, [0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
        double[] values = [-2, -1, 1, 2, 3, 4, 5, 6, 7, 8];
        var fits = new List<int[]>();

        var outcome = TaskRun.Evaluate("addition", TaskRun.Input(values, UnitPartition.Rows(10), train, fits: fits), ("fractions", "0.2,0.5"));

        Assert.Equal([[8, 9], [5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]], fits.Select(f => f.Order().ToArray()));

        // Utilities 1, 1, 0.8 at fractions 0.2, 0.5, 1: trapezoids over [0.2, 1] divided by the span.
        var expected = ((0.3 * 1) + (0.5 * (1 + 0.8) / 2)) / 0.8;
        Assert.Equal(expected, outcome.Metrics["addition.auc"], 12);
        Assert.Null(outcome.Curve);
    }

    [Fact]
    public void Reversed_values_give_a_lower_area()
    {
        var train = new SampleSet(new float[10], 1, [0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
        double[] values = [-2, -1, 1, 2, 3, 4, 5, 6, 7, 8];

        var good = TaskRun.Evaluate("addition", TaskRun.Input(values, UnitPartition.Rows(10), train)).Metrics["addition.auc"];
        var bad = TaskRun.Evaluate("addition", TaskRun.Input(values.Select(v => -v).ToArray(), UnitPartition.Rows(10), train)).Metrics["addition.auc"];

        Assert.True(good > bad, $"{good} should exceed {bad}");
    }

    [Fact]
    public void A_tiny_fraction_still_fits_on_one_unit()
    {
        var train = new SampleSet(new float[4], 1, [0, 1, 1, 1]);
        var fits = new List<int[]>();

        TaskRun.Evaluate("addition", TaskRun.Input([0, 1, 2, 3], UnitPartition.Rows(4), train, fits: fits), ("fractions", "0.01"));

        Assert.Equal([3], fits[0]);
    }

    [Fact]
    public void Fractions_are_checked_like_the_removal_curve()
    {
        Assert.True(TaskCatalog.CreateDefault().TryGet("addition", out var addition));

        var problems = addition.Check(new PluginParameters([KeyValuePair.Create("fractions", "0.5,1,0.5"), KeyValuePair.Create("metric", "utility")]));

        Assert.Equal(["Addition fraction 1 must be between 0 and 1 (exclusive).", "Addition fraction 0.5 is listed twice."], problems.Select(p => p.Message));
    }
}
