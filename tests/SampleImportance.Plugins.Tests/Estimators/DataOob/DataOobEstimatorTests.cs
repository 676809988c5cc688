using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.DataOob;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Tests.Support;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Plugins.Tests.Estimators.DataOob;

public class DataOobEstimatorTests
{
    private static readonly DataOobEstimator Estimator = new();

    private static readonly int[] Flipped = Enumerable.Range(0, 150).Where(i => i % 10 == 3).ToArray();

    // Overlapping blobs with 10% flipped labels: the noisy tabular set of the detection task.
    private static readonly SampleSet Noisy = ToyData.FlipLabels(ToyData.Blobs(150, 3, 91, separation: 3.0), Flipped);

    private static EstimationContext Context(PluginParameters parameters, SampleSet? train = null, SampleSet? validation = null, int seed = 1, UnitPartition? units = null) =>
        Contexts.Create(Estimator, train ?? Noisy, validation ?? Noisy, new LogisticRegressionModelFactory(), parameters, seed: seed, units: units);

    private static async Task<ImportanceResult> Run(EstimationContext context) => await Estimator.EstimateAsync(context, CancellationToken.None);

    // P(a flipped row's value < a clean row's), ties counting ½: the detection AUROC of the ranking by −value.
    private static double DetectionAuroc(IReadOnlyList<double> values, IReadOnlyCollection<int> flipped)
    {
        var clean = Enumerable.Range(0, values.Count).Where(i => !flipped.Contains(i)).ToArray();
        var wins = flipped.Sum(f => clean.Sum(c => values[f] < values[c] ? 1.0 : values[f] == values[c] ? 0.5 : 0.0));
        return wins / (flipped.Count * (double)clean.Length);
    }

    [Theory]
    [InlineData("correct")]
    [InlineData("probability")]
    public async Task Flipped_labels_rank_low(string score)
    {
        var result = await Run(Context(Contexts.Parameters(("bags", 40), ("score", score))));

        var auroc = DetectionAuroc(result.Values, Flipped);
        Assert.True(auroc >= 0.85, $"AUROC {auroc} < 0.85");
        Assert.All(result.Values, v => Assert.InRange(v, 0.0, 1.0));
    }

    [Fact]
    public async Task Same_seed_gives_the_same_values_and_another_seed_different_ones()
    {
        async Task<IReadOnlyList<double>> Values(int seed) => (await Run(Context(Contexts.Parameters(("bags", 10), ("score", "probability")), seed: seed))).Values;

        Assert.Equal(await Values(5), await Values(5));
        Assert.NotEqual(await Values(5), await Values(6));
    }

    [Fact]
    public async Task It_needs_no_validation_set_and_evaluates_no_utility()
    {
        var parameters = Contexts.Parameters(("bags", 10));
        var other = ToyData.Blobs(7, 3, 99);
        var context = Context(parameters, validation: other);

        var result = await Run(context);

        Assert.Equal((await Run(Context(parameters))).Values, result.Values);
        Assert.Equal(0, context.Utility.Evaluations);
    }

    [Fact]
    public async Task Correctness_values_are_fractions_of_the_out_of_bag_count()
    {
        var result = await Run(Context(Contexts.Parameters(("bags", 30))));

        // A row is in all 30 bags with probability ≈ 0.632³⁰ ≈ 1e-6, so every row is out of at least one and at most 30,
        // so its mean correctness is a multiple of 1/k for some k ≤ 30.
        Assert.DoesNotContain(result.Notes, n => n.Contains("never out of bag", StringComparison.Ordinal));
        Assert.All(result.Values, v => Assert.Contains(Enumerable.Range(1, 30), k => Math.Abs((v * k) - Math.Round(v * k)) < 1e-9));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_single_score_model_scores_minus_the_squared_out_of_bag_error_computed_by_hand(int bags)
    {
        // The mean-score model predicts the mean label of its bag (a row drawn twice counts twice). The bags are n
        // draws with replacement each from the run's first random stream, so they can be redrawn here.
        var train = new SampleSet(new float[12], 1, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        var context = Contexts.Create(Estimator, train, train, new MeanScoreModelFactory(), Contexts.Parameters(("bags", bags)), seed: 4);
        var random = context.CreateRandom();
        var sums = new double[12];
        var counts = new int[12];
        for (var b = 0; b < bags; b++)
        {
            var draws = Enumerable.Range(0, 12).Select(_ => random.Next(12)).ToArray();
            var mean = draws.Average(r => train.Labels[r]);
            foreach (var i in Enumerable.Range(0, 12).Except(draws))
            {
                sums[i] -= (train.Labels[i] - mean) * (train.Labels[i] - mean);
                counts[i]++;
            }
        }

        var result = await Run(context);

        var outOfBag = Enumerable.Range(0, 12).Where(i => counts[i] > 0).ToArray();
        var fill = outOfBag.Average(i => sums[i] / counts[i]);
        var neverOut = 12 - outOfBag.Length;
        Assert.True(neverOut > 0 || bags > 1, "one bag leaves some rows in every bag");
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(counts[i] > 0 ? sums[i] / counts[i] : fill, result.Values[i], 12);
        }

        Assert.Equal(neverOut > 0, result.Notes.Any(n => n.StartsWith($"{neverOut} rows were in every bag (never out of bag) and got the mean", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_groups_value_is_the_mean_of_its_rows_values()
    {
        var sessions = Enumerable.Range(0, Noisy.Count).Select(i => i % 5).ToArray();
        var train = ToyData.WithIdColumn(Noisy, "session", sessions);
        var units = UnitPartition.ByColumn("session", train.Column("session"));
        var parameters = Contexts.Parameters(("bags", 5));
        var rows = (await Run(Context(parameters, train))).Values;

        var result = await Run(Context(parameters, train, units: units));

        Assert.Equal(5, result.Values.Count);
        for (var u = 0; u < 5; u++)
        {
            Assert.Equal(Enumerable.Range(0, train.Count).Where(r => sessions[r] == u).Average(r => rows[r]), result.Values[u], 12);
        }
    }

    [Fact]
    public void Describe_lists_every_parameter_with_a_valid_default()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("data-oob", descriptor.Id);
        Assert.Equal(["bags", "score"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["1000", "correct"], descriptor.Parameters.Select(p => p.Default));
        Assert.All(descriptor.Parameters, p => Assert.Null(ParameterCheck.Problem(p, p.Default)));
        Assert.Equal((EstimatorRequirements.FittedModel, ValueUnits.Rows | ValueUnits.Groups), (descriptor.Requirements, descriptor.Units));
    }
}
