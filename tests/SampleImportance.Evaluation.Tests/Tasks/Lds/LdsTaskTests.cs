using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Evaluation.Tests.Support;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Evaluation.Tests.Tasks.Lds;

public sealed class LdsTaskTests
{
    private const int Units = 40;

    [Fact]
    public void Values_equal_to_the_true_weights_of_an_additive_utility_score_one()
    {
        var weights = Weights();

        var outcome = TaskRun.Evaluate("lds", Input(weights));

        Assert.Equal(1.0, outcome.Metrics["lds.spearman"], 12);
    }

    [Fact]
    public void Random_values_score_near_zero_and_far_below_the_true_weights()
    {
        // The dumb baseline: values that know nothing of the utility. With 200 subsets the sampling spread of a
        // Spearman near 0 is about 0.07, so each of five independent draws stays well inside ±0.3, and so does their mean.
        var scores = Enumerable.Range(1, 5).Select(seed =>
        {
            var random = new Random(seed);
            var values = Enumerable.Range(0, Units).Select(_ => random.NextDouble()).ToArray();
            return TaskRun.Evaluate("lds", Input(values), ("subsets", "200")).Metrics["lds.spearman"];
        }).ToList();

        Assert.All(scores, s => Assert.InRange(s, -0.3, 0.3));
        Assert.InRange(scores.Average(), -0.15, 0.15);
    }

    [Fact]
    public void Subsets_hold_the_fraction_of_units_and_follow_the_cell_seed_only()
    {
        var first = new List<int[]>();
        var again = new List<int[]>();
        var other = new List<int[]>();

        TaskRun.Evaluate("lds", Input(Weights(), first), ("subsets", "10"), ("fraction", "0.25"));
        TaskRun.Evaluate("lds", Input(Weights().Reverse().ToArray(), again), ("subsets", "10"), ("fraction", "0.25"));
        TaskRun.Evaluate("lds", Input(Weights(), other) with { Seed = 7 }, ("subsets", "10"), ("fraction", "0.25"));

        Assert.Equal(10, first.Count);
        Assert.All(first, rows => Assert.Equal(10, rows.Distinct().Count()));
        Assert.Equal(first, again); // the values do not change which subsets are drawn
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Negated_true_weights_score_minus_one()
    {
        var outcome = TaskRun.Evaluate("lds", Input(Weights().Select(w => -w).ToArray()));

        Assert.Equal(-1.0, outcome.Metrics["lds.spearman"], 12);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void A_fraction_outside_the_open_interval_is_reported(string fraction)
    {
        Assert.True(TaskCatalog.CreateDefault().TryGet("lds", out var lds));

        var problem = Assert.Single(lds.Check(new PluginParameters([KeyValuePair.Create("fraction", fraction)])));

        Assert.Equal("fraction", problem.Parameter);
    }

    // Whole numbers, exact as the model's float features: sums that tie, tie in both the prediction and the utility.
    private static double[] Weights() => Enumerable.Range(0, Units).Select(i => (3.0 * i) - 50).ToArray();

    private static TaskInput Input(IReadOnlyList<double> values, List<int[]>? fits = null)
    {
        var weights = Weights();
        var train = new SampleSet(weights.Select(w => (float)w).ToArray(), 1, new double[Units]);
        var test = new SampleSet(new float[3], 1, new double[3]);
        return new TaskInput(values, UnitPartition.Rows(Units), train, test, null, () => new AdditiveModel(fits), new MeanPredictionMetric());
    }
}
