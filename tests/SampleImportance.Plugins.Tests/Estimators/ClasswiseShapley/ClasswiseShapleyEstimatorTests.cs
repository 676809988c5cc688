using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.ClasswiseShapley;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Plugins.Tests.Estimators.ClasswiseShapley;

public class ClasswiseShapleyEstimatorTests
{
    private static readonly ClasswiseShapleyEstimator Estimator = new();
    private static readonly SampleSet Train = ToyData.FlipLabels(ToyData.Blobs(8, 2, 5, separation: 1.5), [2]);
    private static readonly SampleSet Validation = ToyData.Blobs(20, 2, 6, separation: 1.5);

    private static EstimationContext Context(PluginParameters parameters, int seed = 1, long? budget = null) =>
        Contexts.Create(Estimator, Train, Validation, new KnnModelFactory(), parameters, Contexts.Parameters(("k", 3)), seed: seed, budget: budget);

    /// <summary>The class-wise utility from its definition: a_in(y) · exp(a_out(y)) of the k = 3 KNN fitted on the rows.</summary>
    private static double Utility(int[] rows, double label)
    {
        var model = Contexts.Model(new KnnModelFactory(), null, ("k", 3));
        model.Fit(Train, rows.Order().ToArray(), []);
        var predictions = new double[Validation.Count * model.Outputs];
        model.Predict(Validation, predictions);
        double inClass = 0, outOfClass = 0;
        for (var v = 0; v < Validation.Count; v++)
        {
            var scores = predictions.AsSpan(v * model.Outputs, model.Outputs).ToArray();
            var top = Array.IndexOf(scores, scores.Max());
            if (top == (int)Validation.Labels[v])
            {
                _ = Validation.Labels[v] == label ? inClass++ : outOfClass++;
            }
        }

        return inClass / Validation.Count * Math.Exp(outOfClass / Validation.Count);
    }

    [Fact]
    public async Task Without_normalisation_it_converges_to_the_Shapley_values_of_each_in_class_game()
    {
        var context = Context(Contexts.Parameters(("iterations", 10000), ("normalize", "false")));

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        // The reduction: class y's values estimate the Shapley values of v_y(T) = mean over the out-of-class subsets S
        // with at least one row (min-per-label = 1, each kept with probability ½) of u(T ∪ S), enumerated here.
        for (var label = 0; label <= 1; label++)
        {
            var y = label;
            var inClass = Enumerable.Range(0, Train.Count).Where(i => Train.Labels[i] == y).ToArray();
            var outOfClass = Enumerable.Range(0, Train.Count).Where(i => Train.Labels[i] != y).ToArray();
            Assert.True(inClass.Length >= 2 && outOfClass.Length >= 2);
            var contexts = Enumerable.Range(1, (1 << outOfClass.Length) - 1)
                .Select(mask => outOfClass.Where((_, b) => (mask & (1 << b)) != 0).ToArray())
                .ToArray();
            var exact = BruteForceShapley.Values(inClass.Length, t => contexts.Average(s => Utility([.. t.Select(p => inClass[p]), .. s], y)));
            for (var p = 0; p < inClass.Length; p++)
            {
                // Stated tolerance: 0.01 absolute and 5 standard errors.
                var row = inClass[p];
                Assert.True(Math.Abs(exact[p] - result.Values[row]) <= 0.01, $"row {row}: exact {exact[p]}, estimate {result.Values[row]}");
                Assert.True(Math.Abs(exact[p] - result.Values[row]) <= (5 * result.StandardErrors![row]) + 1e-12, $"row {row}: {exact[p]} vs {result.Values[row]} ± {result.StandardErrors[row]}");
            }
        }

        Assert.Contains(result.Values, v => Math.Abs(v) > 0.02);
    }

    [Fact]
    public async Task Normalised_values_of_each_class_sum_to_the_full_models_in_class_score()
    {
        var result = await Estimator.EstimateAsync(Context(Contexts.Parameters(("iterations", 50))), CancellationToken.None);

        var all = Enumerable.Range(0, Train.Count).ToArray();
        for (var label = 0; label <= 1; label++)
        {
            var y = label;
            var sum = all.Where(i => Train.Labels[i] == y).Sum(i => result.Values[i]);

            // u(N) with the out-of-class score zeroed is the in-class score: recover it as u / exp(a_out).
            var model = Contexts.Model(new KnnModelFactory(), null, ("k", 3));
            model.Fit(Train, all, []);
            var predictions = new double[Validation.Count * model.Outputs];
            model.Predict(Validation, predictions);
            var correctInClass = Enumerable.Range(0, Validation.Count).Count(v => Validation.Labels[v] == y && predictions[(v * 2) + y] > predictions[(v * 2) + 1 - y]);
            Assert.Equal((double)correctInClass / Validation.Count, sum, 1e-12);
        }
    }

    [Fact]
    public async Task Each_fit_is_counted_against_the_budget_and_a_spent_budget_keeps_the_completed_permutations()
    {
        var unlimited = Context(Contexts.Parameters(("iterations", 4)));
        var limited = Context(Contexts.Parameters(("iterations", 100)), budget: 25);
        var tiny = Context(Contexts.Parameters(("iterations", 100)), budget: 2);

        var full = await Estimator.EstimateAsync(unlimited, CancellationToken.None);
        var partial = await Estimator.EstimateAsync(limited, CancellationToken.None);

        // 4 iterations × (8 rows + 2 classes) + the normalising fit.
        Assert.Contains(full.Notes, n => n.StartsWith("41 model fits", StringComparison.Ordinal));
        Assert.Contains(partial.Notes, n => n.StartsWith("25 model fits", StringComparison.Ordinal));
        Assert.Contains("budget was spent", partial.Notes[0], StringComparison.Ordinal);
        Assert.All(partial.Values, v => Assert.True(double.IsFinite(v)));
        await Assert.ThrowsAsync<UtilityBudgetExceededException>(() => Estimator.EstimateAsync(tiny, CancellationToken.None));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_values_and_cancellation_propagates()
    {
        var a = await Estimator.EstimateAsync(Context(Contexts.Parameters(("iterations", 5)), seed: 3), CancellationToken.None);
        var b = await Estimator.EstimateAsync(Context(Contexts.Parameters(("iterations", 5)), seed: 3), CancellationToken.None);
        var c = await Estimator.EstimateAsync(Context(Contexts.Parameters(("iterations", 5)), seed: 4), CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.Equal(a.Values, b.Values);
        Assert.NotEqual(a.Values, c.Values);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Estimator.EstimateAsync(Context(Contexts.Parameters(("iterations", 5))), cancelled.Token));
    }

    [Fact]
    public async Task A_model_without_class_scores_is_refused()
    {
        var context = Contexts.Create(Estimator, Train, Validation, new MeanScoreModelFactory());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Estimator.EstimateAsync(context, CancellationToken.None));

        Assert.Contains("needs a classifier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_lists_iterations_min_per_label_and_normalize()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("classwise-shapley", descriptor.Id);
        Assert.Equal(["iterations", "min-per-label", "normalize"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["100", "1", "true"], descriptor.Parameters.Select(p => p.Default));
        Assert.Equal(EstimatorRequirements.Retraining, descriptor.Requirements);
    }
}
