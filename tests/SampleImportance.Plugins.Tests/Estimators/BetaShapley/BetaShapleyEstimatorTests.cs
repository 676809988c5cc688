using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.BetaShapley;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.BetaShapley;

public class BetaShapleyEstimatorTests
{
    private static readonly BetaShapleyEstimator Estimator = new();

    // Eight rows: 256 subsets to enumerate; two flipped labels spread the values.
    private static readonly SampleSet Train = ToyData.FlipLabels(ToyData.Blobs(8, 2, 61, separation: 1.5), [2, 5]);
    private static readonly SampleSet Validation = ToyData.Blobs(20, 2, 62, separation: 1.5);

    private const int Players = 8;

    private static EstimationContext Context(PluginParameters parameters, int seed = 1) =>
        Contexts.Create(Estimator, Train, Validation, new KnnModelFactory(), parameters, Contexts.Parameters(("k", 3)), seed: seed);

    // Player 0 adds 1 only to small coalitions (fewer than 2 of the players 2..7), player 1 only to large ones (at
    // least 4 of them); the others move those counts. A weight on small subsets must value player 0 above player 1.
    private static double SizeGame(int[] s)
    {
        var rest = s.Count(p => p >= 2);
        return (s.Contains(0) && rest < 2 ? 1.0 : 0.0) + (s.Contains(1) && rest >= 4 ? 1.0 : 0.0);
    }

    [Theory]
    [InlineData("permutation", 3000)]
    [InlineData("stratified", 1500)]
    public async Task Alpha_and_beta_one_converge_to_enumerated_Shapley_values(string sampler, int samples)
    {
        var context = Context(Contexts.Parameters(("alpha", 1), ("beta", 1), ("sampler", sampler), ("samples", samples), ("convergence-tolerance", 0)));

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        var exact = BruteForceShapley.Values(Players, subset => context.Utility.Evaluate(subset));
        Assert.StartsWith($"{samples} ", result.Notes[0], StringComparison.Ordinal);
        for (var i = 0; i < Players; i++)
        {
            // Stated tolerance: within 4 standard errors and 0.01 absolute (the values span about ±0.1).
            Assert.InRange(exact[i], result.Values[i] - (4 * result.StandardErrors![i]) - 1e-12, result.Values[i] + (4 * result.StandardErrors[i]) + 1e-12);
            Assert.True(Math.Abs(exact[i] - result.Values[i]) <= 0.01, $"player {i}: exact {exact[i]}, estimate {result.Values[i]}");
        }
    }

    [Fact]
    public async Task With_permutations_and_alpha_beta_one_values_are_efficient()
    {
        var context = Context(Contexts.Parameters(("alpha", 1), ("beta", 1), ("samples", 7), ("convergence-tolerance", 0)));

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        Assert.Equal(context.Utility.Evaluate(Enumerable.Range(0, Players).ToArray()) - context.Utility.Evaluate([]), result.Values.Sum(), 1e-9);
    }

    [Fact]
    public void The_paper_weight_of_Beta_16_1_falls_with_cardinality_and_sums_like_Shapley()
    {
        // Kwon & Zou 2022, eq. 3, in their normalisation Σ_j C(n−1, j−1)·w(j) = n (Shapley's w(j) = 1/C(n−1, j−1)).
        var n = Players;
        var weights = Enumerable.Range(1, n).Select(j => BruteForceSemivalue.PaperBetaWeight(n, j, 16, 1)).ToArray();
        var binomials = Enumerable.Range(1, n).Select(j => Enumerable.Range(1, j - 1).Aggregate(1.0, (c, k) => c * (n - k) / k)).ToArray();

        Assert.Equal(n, weights.Zip(binomials, (w, c) => w * c).Sum(), 1e-9);
        for (var j = 1; j < n; j++)
        {
            Assert.True(weights[j] < weights[j - 1], $"w({j + 1}) = {weights[j]} ≥ w({j}) = {weights[j - 1]}");
        }
    }

    [Fact]
    public async Task The_default_Beta_16_1_matches_the_papers_definition_and_values_the_small_subset_player_higher()
    {
        var context = GameUtility.Context(Estimator, Players, SizeGame, Contexts.Parameters(("samples", 4000), ("convergence-tolerance", 0)));

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        var exact = BruteForceSemivalue.PaperBetaShapley(Players, SizeGame, 16, 1);
        Assert.Equal("Weight beta-shapley(16,1) by permutation sampling.", result.Notes[1]);
        for (var i = 0; i < Players; i++)
        {
            Assert.InRange(exact[i], result.Values[i] - (4 * result.StandardErrors![i]) - 1e-12, result.Values[i] + (4 * result.StandardErrors[i]) + 1e-12);
        }

        // Under Beta(16, 1) almost all weight is on |S| ≤ 2, where only player 0 contributes.
        Assert.True(exact[0] > 0.8 && exact[1] < 0.01, $"exact ψ0 = {exact[0]}, ψ1 = {exact[1]}");
        Assert.True(result.Values[0] > 10 * result.Values[1], $"ψ0 = {result.Values[0]}, ψ1 = {result.Values[1]}");
    }

    [Fact]
    public async Task Beta_1_16_mirrors_the_weight_onto_large_subsets()
    {
        var context = GameUtility.Context(Estimator, Players, SizeGame, Contexts.Parameters(("alpha", 1), ("beta", 16), ("samples", 2000), ("convergence-tolerance", 0)));

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        var exact = BruteForceSemivalue.PaperBetaShapley(Players, SizeGame, 1, 16);
        Assert.True(exact[1] > exact[0]);
        Assert.True(result.Values[1] > result.Values[0], $"ψ0 = {result.Values[0]}, ψ1 = {result.Values[1]}");
    }

    [Fact]
    public async Task Same_seed_gives_the_same_values_and_another_seed_different_ones()
    {
        async Task<IReadOnlyList<double>> Values(int seed) =>
            (await Estimator.EstimateAsync(Context(Contexts.Parameters(("samples", 20)), seed), CancellationToken.None)).Values;

        Assert.Equal(await Values(3), await Values(3));
        Assert.NotEqual(await Values(3), await Values(4));
    }

    [Fact]
    public void Describe_lists_every_parameter_with_a_valid_default()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("beta-shapley", descriptor.Id);
        Assert.Equal(["alpha", "beta", "sampler", "samples", "convergence-tolerance", "min-samples"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["16", "1", "permutation", "500", "0.05", "30"], descriptor.Parameters.Select(p => p.Default));
        Assert.All(descriptor.Parameters, p => Assert.Null(ParameterCheck.Problem(p, p.Default)));
        Assert.Equal((EstimatorRequirements.Retraining, ValueUnits.Rows | ValueUnits.Groups), (descriptor.Requirements, descriptor.Units));
    }

    [Fact]
    public async Task Every_invalid_parameter_is_reported_together()
    {
        var parameters = Contexts.Parameters(("alpha", 0), ("sampler", "uniform"), ("samples", 0));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Estimator.EstimateAsync(Context(parameters), CancellationToken.None));

        Assert.Contains("'alpha' must be at least 1E-06, got 0.", error.Message, StringComparison.Ordinal);
        Assert.Contains("'sampler' must be one of permutation, stratified, got 'uniform'.", error.Message, StringComparison.Ordinal);
        Assert.Contains("'samples' must be at least 1, got 0.", error.Message, StringComparison.Ordinal);
    }
}
