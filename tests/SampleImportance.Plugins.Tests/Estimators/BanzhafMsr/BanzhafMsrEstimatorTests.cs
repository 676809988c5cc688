using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.BanzhafMsr;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.BanzhafMsr;

public class BanzhafMsrEstimatorTests
{
    private static readonly BanzhafMsrEstimator Estimator = new();

    private static readonly SampleSet Train = ToyData.FlipLabels(ToyData.Blobs(8, 2, 71, separation: 1.5), [1, 6]);
    private static readonly SampleSet Validation = ToyData.Blobs(20, 2, 72, separation: 1.5);

    private const int Players = 8;

    private static EstimationContext Context(PluginParameters parameters, int seed = 1, long? budget = null) =>
        Contexts.Create(Estimator, Train, Validation, new KnnModelFactory(), parameters, Contexts.Parameters(("k", 3)), seed: seed, budget: budget);

    [Fact]
    public async Task It_converges_to_enumerated_Banzhaf_values()
    {
        var context = Context(Contexts.Parameters(("samples", 20000), ("convergence-tolerance", 0)));

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        var exact = BruteForceSemivalue.Banzhaf(Players, subset => context.Utility.Evaluate(subset));
        for (var i = 0; i < Players; i++)
        {
            // Stated tolerance: within 4 standard errors and 0.01 absolute.
            Assert.InRange(exact[i], result.Values[i] - (4 * result.StandardErrors![i]) - 1e-12, result.Values[i] + (4 * result.StandardErrors[i]) + 1e-12);
            Assert.True(Math.Abs(exact[i] - result.Values[i]) <= 0.01, $"player {i}: exact {exact[i]}, estimate {result.Values[i]}");
        }

        Assert.True(Spearman.Correlation(exact, result.Values) >= 0.9);
    }

    [Fact]
    public async Task On_a_game_it_matches_Banzhaf_not_Shapley()
    {
        // Glove-like game: U(S) = 1 when S holds player 0 and at least one other. Banzhaf ψ0 = 1 − 2^−(n−1), the others
        // 2^−(n−1); Shapley gives player 0 only (n − 1)/n.
        static double Game(int[] s) => s.Contains(0) && s.Length >= 2 ? 1.0 : 0.0;
        var context = GameUtility.Context(Estimator, 4, Game, Contexts.Parameters(("samples", 8000), ("convergence-tolerance", 0)));

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        var exact = BruteForceSemivalue.Banzhaf(4, Game);
        Assert.Equal([7 / 8.0, 1 / 8.0, 1 / 8.0, 1 / 8.0], exact);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(exact[i], result.Values[i], 0.03);
        }
    }

    [Fact]
    public async Task Each_sample_costs_one_utility_evaluation()
    {
        var context = Context(Contexts.Parameters(("samples", 300), ("convergence-tolerance", 0)));

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        Assert.Equal(300, context.Utility.Evaluations);
        Assert.StartsWith("300 samples completed; stopped because reached the maximum of 300 samples", result.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_budget_returns_the_completed_samples_and_none_rethrows()
    {
        var context = Context(Contexts.Parameters(("convergence-tolerance", 0)), budget: 40);

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        Assert.StartsWith("40 samples completed; stopped because the utility evaluation budget was spent", result.Notes[0], StringComparison.Ordinal);
        await Assert.ThrowsAsync<UtilityBudgetExceededException>(() => Estimator.EstimateAsync(Context(PluginParameters.Empty, budget: 0), CancellationToken.None));
    }

    [Fact]
    public async Task Same_seed_gives_the_same_values_and_another_seed_different_ones()
    {
        async Task<IReadOnlyList<double>> Values(int seed) =>
            (await Estimator.EstimateAsync(Context(Contexts.Parameters(("samples", 50)), seed), CancellationToken.None)).Values;

        Assert.Equal(await Values(3), await Values(3));
        Assert.NotEqual(await Values(3), await Values(4));
    }

    [Fact]
    public void Describe_lists_every_parameter_with_a_valid_default()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("banzhaf-msr", descriptor.Id);
        Assert.Equal(["samples", "convergence-tolerance", "min-samples"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["2000", "0.05", "100"], descriptor.Parameters.Select(p => p.Default));
        Assert.All(descriptor.Parameters, p => Assert.Null(ParameterCheck.Problem(p, p.Default)));
        Assert.Equal((EstimatorRequirements.Retraining, ValueUnits.Rows | ValueUnits.Groups), (descriptor.Requirements, descriptor.Units));
    }
}
