using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.KnnShapley;
using SampleImportance.Plugins.Estimators.TmcShapley;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.TmcShapley;

public class TmcShapleyEstimatorTests
{
    private static readonly TmcShapleyEstimator Estimator = new();

    // Overlapping classes spread the exact values, so ranks are decided by signal rather than Monte Carlo noise.
    private static readonly SampleSet Train = ToyData.FlipLabels(ToyData.Blobs(30, 2, 51, separation: 1.0), [4, 13, 22]);
    private static readonly SampleSet Validation = ToyData.Blobs(10, 2, 52, separation: 1.0);

    // Without truncation a permutation costs n − 1 evaluations, after U(N) and U(∅) once per run.
    private static readonly int PerPermutation = Train.Count - 1;

    private static EstimationContext Context(PluginParameters? parameters = null, int seed = 1, long? budget = null, SampleSet? train = null, UnitPartition? units = null) =>
        Contexts.Create(Estimator, train ?? Train, Validation, new KnnModelFactory(), parameters, Contexts.Parameters(("k", 5)), seed: seed, budget: budget, units: units);

    private static Task<ImportanceResult> Run(EstimationContext context, CancellationToken cancellationToken = default) =>
        Estimator.EstimateAsync(context, cancellationToken);

    [Fact]
    public async Task With_the_knn_model_it_converges_to_closed_form_knn_shapley()
    {
        var knnShapley = new KnnShapleyEstimator();
        var exact = await knnShapley.EstimateAsync(
            Contexts.Create(knnShapley, Train, Validation, new KnnModelFactory(), Contexts.Parameters(("k", 5))),
            CancellationToken.None);

        var result = await Run(Context(Contexts.Parameters(("permutations", 1000), ("convergence-tolerance", 0)), seed: 7));

        var rho = Spearman.Correlation(exact.Values, result.Values);
        Assert.True(rho >= 0.95, $"Spearman {rho} < 0.95");
        Assert.StartsWith("1000 permutations completed; stopped because reached the maximum of 1000 permutations", result.Notes[0], StringComparison.Ordinal);
        Assert.NotNull(result.StandardErrors);
        for (var i = 0; i < Train.Count; i++)
        {
            // The exact value lies within five standard errors of the estimate.
            Assert.InRange(exact.Values[i], result.Values[i] - (5 * result.StandardErrors![i]) - 1e-12, result.Values[i] + (5 * result.StandardErrors[i]) + 1e-12);
        }
    }

    [Fact]
    public async Task Group_units_are_valued_like_players_and_match_brute_force_Shapley()
    {
        // Ten sessions of three rows each; the game has ten players.
        var train = ToyData.WithIdColumn(Train, "session", Enumerable.Range(0, Train.Count).Select(r => (r * 7) % 10).ToArray());
        var units = UnitPartition.ByColumn("session", train.Column("session"));
        var context = Context(Contexts.Parameters(("permutations", 300), ("convergence-tolerance", 0)), train: train, units: units);

        var result = await Run(context);

        Assert.Equal(10, context.Utility.PlayerCount);
        Assert.Equal(10, result.Values.Count);
        Assert.Equal(2 + (300 * 9), context.Utility.Evaluations);
        var exact = BruteForceShapley.Values(10, subset => context.Utility.Evaluate(subset));
        Assert.Equal(exact.Sum(), result.Values.Sum(), 1e-12);
        for (var u = 0; u < 10; u++)
        {
            Assert.InRange(exact[u], result.Values[u] - (5 * result.StandardErrors![u]) - 1e-12, result.Values[u] + (5 * result.StandardErrors[u]) + 1e-12);
        }

        Assert.True(Spearman.Correlation(exact, result.Values) >= 0.9);
    }

    [Fact]
    public async Task Without_truncation_values_are_efficient_per_permutation()
    {
        var context = Context(Contexts.Parameters(("permutations", 5), ("convergence-tolerance", 0)));

        var result = await Run(context);

        var all = Enumerable.Range(0, Train.Count).ToArray();
        Assert.Equal(context.Utility.Evaluate(all) - context.Utility.Evaluate([]), result.Values.Sum(), 1e-12);
    }

    [Fact]
    public async Task Utility_evaluations_are_two_plus_n_minus_one_per_permutation()
    {
        var context = Context(Contexts.Parameters(("permutations", 4), ("convergence-tolerance", 0)));

        await Run(context);

        Assert.Equal(2 + (4 * PerPermutation), context.Utility.Evaluations);
    }

    [Fact]
    public async Task Same_seed_gives_the_same_values_and_another_seed_different_ones()
    {
        async Task<IReadOnlyList<double>> Values(int seed) =>
            (await Run(Context(Contexts.Parameters(("permutations", 20)), seed: seed))).Values;

        Assert.Equal(await Values(3), await Values(3));
        Assert.NotEqual(await Values(3), await Values(4));
    }

    [Fact]
    public async Task Truncation_skips_evaluations_and_says_so()
    {
        var context = Context(Contexts.Parameters(("permutations", 30), ("truncation-tolerance", 0.2), ("convergence-tolerance", 0)));

        var result = await Run(context);

        Assert.True(context.Utility.Evaluations < 2 + (30 * PerPermutation), $"{context.Utility.Evaluations} evaluations: nothing was truncated");
        Assert.Contains(result.Notes, n => n.StartsWith("Truncation tolerance 0.2: ", StringComparison.Ordinal) && n.EndsWith("(relative rule).", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_papers_truncation_waits_for_a_streak_and_truncates_less_than_the_relative_rule()
    {
        async Task<(ImportanceResult Result, long Evaluations)> Truncated(string rule)
        {
            var context = Context(Contexts.Parameters(("permutations", 30), ("truncation-tolerance", 0.2), ("truncation", rule), ("convergence-tolerance", 0)));
            return (await Run(context), context.Utility.Evaluations);
        }

        var (paper, paperEvaluations) = await Truncated("paper");
        var (_, relativeEvaluations) = await Truncated("relative");

        Assert.Contains(paper.Notes, n => n.StartsWith("Truncation tolerance 0.2: ", StringComparison.Ordinal) && n.EndsWith("(paper rule).", StringComparison.Ordinal));
        Assert.InRange(paperEvaluations, relativeEvaluations + 1, (2 + (30 * PerPermutation)) - 1);
        Assert.Equal(Train.Count, paper.Values.Count);
    }

    [Fact]
    public async Task The_papers_stopping_rule_needs_100_permutations_then_stops_on_a_small_relative_change()
    {
        // A tolerance no change can reach (relative changes are bounded by the 1e-12 guard) stops as soon as the rule may.
        var context = Context(Contexts.Parameters(("permutations", 1000), ("stopping", "paper"), ("convergence-tolerance", 1e6)));

        var result = await Run(context);

        Assert.StartsWith("100 permutations completed; stopped because converged (TMC paper rule)", result.Notes[0], StringComparison.Ordinal);
        Assert.Equal(2 + (100 * PerPermutation), context.Utility.Evaluations);
    }

    [Fact]
    public async Task The_standard_error_rule_stops_early_after_the_minimum()
    {
        var result = await Run(Context(Contexts.Parameters(("permutations", 5000), ("convergence-tolerance", 0.5), ("min-permutations", 40))));

        var note = result.Notes[0];
        Assert.Contains("stopped because converged: largest standard error", note, StringComparison.Ordinal);
        var done = int.Parse(note[..note.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        Assert.InRange(done, 40, 4999);
        Assert.True(result.StandardErrors!.Max() <= 0.5 * result.Values.Max(Math.Abs));
    }

    [Fact]
    public async Task A_small_budget_returns_the_completed_permutations_with_a_note()
    {
        // U(N), U(∅), then 29 evaluations per permutation: 3 full permutations and part of a fourth.
        var budget = 2 + (3 * PerPermutation) + 10;
        var context = Context(Contexts.Parameters(("convergence-tolerance", 0)), budget: budget);

        var result = await Run(context);

        Assert.Equal(Train.Count, result.Values.Count);
        Assert.StartsWith("3 permutations completed; stopped because the utility evaluation budget was spent", result.Notes[0], StringComparison.Ordinal);
        Assert.Equal(budget, context.Utility.Evaluations);
        Assert.Contains(result.Values, v => v != 0);
        Assert.NotNull(result.StandardErrors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2 + 20)]
    public async Task A_budget_too_small_for_one_permutation_rethrows(long budget)
    {
        var context = Context(budget: budget);

        await Assert.ThrowsAsync<UtilityBudgetExceededException>(() => Run(context));
    }

    [Fact]
    public async Task Cancellation_mid_run_returns_the_completed_permutations()
    {
        using var cancellation = new CancellationTokenSource();
        var context = Context(Contexts.Parameters(("convergence-tolerance", 0)));
        ((TestUtility)context.Utility).BeforeEvaluate = done =>
        {
            if (done == 2 + (5 * PerPermutation) + 3)
            {
                cancellation.Cancel();
            }
        };

        var result = await Run(context, cancellation.Token);

        Assert.StartsWith("5 permutations completed; stopped because the run's time budget ran out or the run was stopped", result.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_before_any_permutation_throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(Context(), cancellation.Token));
    }

    [Fact]
    public async Task One_permutation_reports_no_standard_errors()
    {
        var result = await Run(Context(Contexts.Parameters(("permutations", 1))));

        Assert.Null(result.StandardErrors);
        Assert.Contains("Standard errors need at least two permutations; none are reported.", result.Notes);
    }

    [Fact]
    public void Describe_lists_every_parameter_with_a_valid_default()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal(
            ["permutations", "truncation-tolerance", "truncation", "convergence-tolerance", "min-permutations", "stopping"],
            descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["500", "0", "relative", "0.05", "30", "standard-error"], descriptor.Parameters.Select(p => p.Default));
        Assert.All(descriptor.Parameters, p => Assert.Null(ParameterCheck.Problem(p, p.Default)));
        Assert.Equal(["relative", "paper"], descriptor.Parameters.Single(p => p.Name == "truncation").AllowedValues!);
        Assert.Equal(["standard-error", "paper"], descriptor.Parameters.Single(p => p.Name == "stopping").AllowedValues!);
        Assert.Equal((EstimatorRequirements.Retraining, ValueUnits.Rows | ValueUnits.Groups), (descriptor.Requirements, descriptor.Units));
    }

    [Fact]
    public async Task Every_invalid_parameter_is_reported_together()
    {
        var parameters = Contexts.Parameters(("permutations", 0), ("truncation-tolerance", -1), ("min-permutations", "many"), ("stopping", "never"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Run(Context(parameters)));

        Assert.Contains("'permutations' must be at least 1, got 0.", error.Message, StringComparison.Ordinal);
        Assert.Contains("'truncation-tolerance' must be at least 0, got -1.", error.Message, StringComparison.Ordinal);
        Assert.Contains("'min-permutations' must be an integer, got 'many'.", error.Message, StringComparison.Ordinal);
        Assert.Contains("'stopping' must be one of standard-error, paper, got 'never'.", error.Message, StringComparison.Ordinal);
    }
}
