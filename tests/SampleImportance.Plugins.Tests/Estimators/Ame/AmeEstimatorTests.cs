using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.Ame;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.Ame;

public class AmeEstimatorTests
{
    private static readonly AmeEstimator Estimator = new();
    private static readonly double[] Weights = [0.9, -0.4, 0.0, 0.25, 0.6, -0.1, 0.45, 0.05, -0.7, 0.3];

    private static double Additive(int[] subset) => subset.Sum(i => Weights[i]);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task On_an_additive_game_the_values_are_the_weights(int seed)
    {
        var context = GameUtility.Context(Estimator, Weights.Length, Additive, Contexts.Parameters(("samples", 400)), seed);

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        // Stated tolerance: 0.01 absolute (the cross-validated λ shrinks a noiseless fit very little).
        for (var i = 0; i < Weights.Length; i++)
        {
            Assert.True(Math.Abs(Weights[i] - result.Values[i]) <= 0.01, $"unit {i}: weight {Weights[i]}, value {result.Values[i]}");
        }

        Assert.Equal(400, context.Utility.Evaluations);
    }

    [Fact]
    public async Task A_large_fixed_penalty_shrinks_small_weights_to_zero()
    {
        var context = GameUtility.Context(Estimator, Weights.Length, Additive, Contexts.Parameters(("samples", 400), ("l1", 0.1)));

        var values = (await Estimator.EstimateAsync(context, CancellationToken.None)).Values;

        // λ acts on standardised indicators (sd ≈ 0.5): |w|·0.5 ≤ 0.1 goes to exactly 0; the others shrink by ≈ 0.1/0.5.
        Assert.Equal(0.0, values[2]);
        Assert.Equal(0.0, values[5]);
        Assert.Equal(0.0, values[7]);
        Assert.InRange(values[0], 0.6, 0.75);
        Assert.InRange(values[8], -0.55, -0.4);
    }

    [Fact]
    public async Task Flipped_labels_rank_low_on_a_toy_set()
    {
        int[] flipped = [2, 9, 17, 23, 31, 38];
        var train = ToyData.FlipLabels(ToyData.Blobs(40, 2, 81, separation: 3.0), flipped);
        var validation = ToyData.Blobs(60, 2, 82, separation: 3.0);
        var context = Contexts.Create(Estimator, train, validation, new LogisticRegressionModelFactory(), Contexts.Parameters(("samples", 400)), seed: 3);

        var values = (await Estimator.EstimateAsync(context, CancellationToken.None)).Values;

        var auroc = Auroc.OfLowValues(values, flipped);
        Assert.True(auroc >= 0.75, $"AUROC {auroc}");
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_values_and_another_seed_other_values()
    {
        static async Task<IReadOnlyList<double>> Run(int seed) =>
            (await Estimator.EstimateAsync(GameUtility.Context(Estimator, 6, s => Math.Sqrt(s.Length) + (s.Contains(0) ? 1 : 0), Contexts.Parameters(("samples", 60)), seed), CancellationToken.None)).Values;

        Assert.Equal(await Run(5), await Run(5));
        Assert.NotEqual(await Run(5), await Run(6));
    }

    [Fact]
    public async Task A_spent_budget_uses_the_subsets_evaluated_and_a_tiny_one_throws()
    {
        var train = ToyData.Blobs(12, 2, 91);
        var validation = ToyData.Blobs(20, 2, 92);
        var context = Contexts.Create(Estimator, train, validation, new LogisticRegressionModelFactory(), Contexts.Parameters(("samples", 100)), budget: 30);
        var tiny = Contexts.Create(Estimator, train, validation, new LogisticRegressionModelFactory(), Contexts.Parameters(("samples", 100)), budget: 9);

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        Assert.Equal(30, context.Utility.Evaluations);
        Assert.Contains("30 random subsets", result.Notes[0], StringComparison.Ordinal);
        Assert.Contains("budget was spent", result.Notes[0], StringComparison.Ordinal);
        Assert.All(result.Values, v => Assert.True(double.IsFinite(v)));
        await Assert.ThrowsAsync<UtilityBudgetExceededException>(() => Estimator.EstimateAsync(tiny, CancellationToken.None));
        Assert.Equal(9, tiny.Utility.Evaluations);
    }

    [Fact]
    public async Task Cancellation_propagates()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var context = GameUtility.Context(Estimator, 4, Additive, Contexts.Parameters(("samples", 50)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Estimator.EstimateAsync(context, cancelled.Token));
        Assert.Equal(0, context.Utility.Evaluations);
    }

    [Fact]
    public void Describe_lists_samples_l1_and_cross_validation_with_their_defaults()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("ame", descriptor.Id);
        Assert.Equal(["samples", "l1", "cv-folds", "cv-alphas"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["1000", "0", "5", "30"], descriptor.Parameters.Select(p => p.Default));
        Assert.Equal(EstimatorRequirements.Retraining, descriptor.Requirements);
        Assert.Equal(ValueUnits.Rows | ValueUnits.Groups, descriptor.Units);
    }
}
