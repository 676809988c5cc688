using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.KnnShapley;
using SampleImportance.Plugins.Estimators.TmcShapley;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.TmcShapley;

public class TmcShapleyEstimatorTests
{
    // Overlapping classes spread the exact values, so ranks are decided by signal rather than Monte Carlo noise.
    private static readonly SampleSet Train = ToyData.FlipLabels(ToyData.Blobs(30, 2, 51, separation: 1.0), [4, 13, 22]);
    private static readonly SampleSet Validation = ToyData.Blobs(10, 2, 52, separation: 1.0);

    [Fact]
    public async Task With_the_knn_model_it_converges_to_closed_form_knn_shapley()
    {
        var knnParameters = Contexts.Parameters(("k", 5));
        var exact = await new KnnShapleyEstimator().EstimateAsync(Contexts.Create(Train, Validation, new KnnModelFactory(), knnParameters), CancellationToken.None);
        var context = Contexts.Create(
            Train,
            Validation,
            new KnnModelFactory(),
            Contexts.Parameters(("permutations", 1000), ("convergence-tolerance", 0)),
            knnParameters,
            seed: 7);

        var result = await new TmcShapleyEstimator().EstimateAsync(context, CancellationToken.None);

        var rho = Spearman.Correlation(exact.Values, result.Values);
        Assert.True(rho >= 0.95, $"Spearman {rho} < 0.95");
        Assert.Contains(result.Notes, n => n.StartsWith("1000 permutations completed; stopped because reached the maximum of 1000 permutations", StringComparison.Ordinal));
        Assert.NotNull(result.StandardErrors);
        for (var i = 0; i < Train.Count; i++)
        {
            // The exact value lies within five standard errors of the estimate.
            Assert.InRange(exact.Values[i], result.Values[i] - (5 * result.StandardErrors![i]) - 1e-12, result.Values[i] + (5 * result.StandardErrors[i]) + 1e-12);
        }
    }

    [Fact]
    public async Task Without_truncation_values_are_efficient_per_permutation()
    {
        var context = Contexts.Create(Train, Validation, new KnnModelFactory(), Contexts.Parameters(("permutations", 5), ("convergence-tolerance", 0)));

        var result = await new TmcShapleyEstimator().EstimateAsync(context, CancellationToken.None);

        var all = Enumerable.Range(0, Train.Count).ToArray();
        Assert.Equal(context.Utility.Evaluate(all) - context.Utility.Evaluate([]), result.Values.Sum(), 1e-12);
    }

    [Fact]
    public async Task Utility_evaluations_are_two_plus_n_minus_one_per_permutation()
    {
        var context = Contexts.Create(Train, Validation, new KnnModelFactory(), Contexts.Parameters(("permutations", 4), ("convergence-tolerance", 0)));

        var result = await new TmcShapleyEstimator().EstimateAsync(context, CancellationToken.None);

        Assert.Equal(2 + (4 * (Train.Count - 1)), result.UtilityEvaluations);
    }

    [Fact]
    public async Task Same_seed_gives_the_same_values_and_another_seed_different_ones()
    {
        async Task<IReadOnlyList<double>> Run(int seed) =>
            (await new TmcShapleyEstimator().EstimateAsync(
                Contexts.Create(Train, Validation, new KnnModelFactory(), Contexts.Parameters(("permutations", 20)), seed: seed),
                CancellationToken.None)).Values;

        Assert.Equal(await Run(3), await Run(3));
        Assert.NotEqual(await Run(3), await Run(4));
    }

    [Fact]
    public async Task Truncation_skips_evaluations_and_says_so()
    {
        var parameters = Contexts.Parameters(("permutations", 30), ("truncation-tolerance", 0.2), ("convergence-tolerance", 0));
        var context = Contexts.Create(Train, Validation, new KnnModelFactory(), parameters);

        var result = await new TmcShapleyEstimator().EstimateAsync(context, CancellationToken.None);

        Assert.True(result.UtilityEvaluations < 2 + (30 * (Train.Count - 1)), $"{result.UtilityEvaluations} evaluations: nothing was truncated");
        Assert.Contains(result.Notes, n => n.StartsWith("Truncation tolerance 0.2: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Convergence_rule_stops_early_after_the_minimum()
    {
        var parameters = Contexts.Parameters(("permutations", 5000), ("convergence-tolerance", 0.5), ("min-permutations", 40));
        var context = Contexts.Create(Train, Validation, new KnnModelFactory(), parameters);

        var result = await new TmcShapleyEstimator().EstimateAsync(context, CancellationToken.None);

        var note = result.Notes[0];
        Assert.Contains("stopped because converged: largest standard error", note, StringComparison.Ordinal);
        var done = int.Parse(note[..note.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(done, 40, 4999);
        var largestError = result.StandardErrors!.Max();
        var largestValue = result.Values.Max(Math.Abs);
        Assert.True(largestError <= 0.5 * largestValue);
    }

    [Fact]
    public async Task A_small_budget_returns_the_completed_permutations_with_a_note()
    {
        // U(N), U(∅), then 29 evaluations per permutation: 3 full permutations and part of a fourth.
        var context = Contexts.Create(Train, Validation, new KnnModelFactory(), Contexts.Parameters(("convergence-tolerance", 0)), budget: 2 + (3 * 29) + 10);

        var result = await new TmcShapleyEstimator().EstimateAsync(context, CancellationToken.None);

        Assert.Equal(Train.Count, result.Values.Count);
        Assert.StartsWith("3 permutations completed; stopped because the utility evaluation budget was spent", result.Notes[0], StringComparison.Ordinal);
        Assert.Equal(2 + (3 * 29) + 10, result.UtilityEvaluations);
        Assert.Contains(result.Values, v => v != 0);
        Assert.NotNull(result.StandardErrors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2 + 20)]
    public async Task A_budget_too_small_for_one_permutation_throws(long budget)
    {
        var context = Contexts.Create(Train, Validation, new KnnModelFactory(), budget: budget);

        await Assert.ThrowsAsync<UtilityBudgetExceededException>(() => new TmcShapleyEstimator().EstimateAsync(context, CancellationToken.None));
    }

    [Fact]
    public async Task Cancellation_mid_run_returns_the_completed_permutations()
    {
        using var cancellation = new CancellationTokenSource();
        var context = Contexts.Create(Train, Validation, new KnnModelFactory(), Contexts.Parameters(("convergence-tolerance", 0)));
        ((TestUtility)context.Utility).BeforeEvaluate = done =>
        {
            if (done == 2 + (5 * 29) + 3)
            {
                cancellation.Cancel();
            }
        };

        var result = await new TmcShapleyEstimator().EstimateAsync(context, cancellation.Token);

        Assert.StartsWith("5 permutations completed; stopped because the run's time budget ran out or the run was stopped", result.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_before_any_permutation_throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var context = Contexts.Create(Train, Validation, new KnnModelFactory());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new TmcShapleyEstimator().EstimateAsync(context, cancellation.Token));
    }

    [Fact]
    public async Task One_permutation_reports_no_standard_errors()
    {
        var context = Contexts.Create(Train, Validation, new KnnModelFactory(), Contexts.Parameters(("permutations", 1)));

        var result = await new TmcShapleyEstimator().EstimateAsync(context, CancellationToken.None);

        Assert.Null(result.StandardErrors);
        Assert.Contains("Standard errors need at least two permutations; none are reported.", result.Notes);
    }

    [Fact]
    public void Describe_lists_every_parameter_with_a_default_inside_its_range()
    {
        var descriptor = new TmcShapleyEstimator().Describe();

        Assert.Equal(["permutations", "truncation-tolerance", "convergence-tolerance", "min-permutations"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["500", "0", "0.05", "30"], descriptor.Parameters.Select(p => p.Default));
        Assert.All(descriptor.Parameters, p => Assert.InRange(double.Parse(p.Default, System.Globalization.CultureInfo.InvariantCulture), p.Minimum!.Value, p.Maximum!.Value));
        Assert.Equal(EstimatorRequirements.Retraining, descriptor.Requirements);
    }

    [Fact]
    public void Options_report_every_invalid_value_together()
    {
        var parameters = Contexts.Parameters(("permutations", 0), ("truncation-tolerance", -1), ("min-permutations", "many"));

        var error = Assert.Throws<ArgumentException>(() => TmcShapleyOptions.From(parameters));

        Assert.Contains("'permutations' = 0 is below the minimum 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("'truncation-tolerance' = -1 is below the minimum 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("'min-permutations' = 'many' is not an integer", error.Message, StringComparison.Ordinal);
    }
}
