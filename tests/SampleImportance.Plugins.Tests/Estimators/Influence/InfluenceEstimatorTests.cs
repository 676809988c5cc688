using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.Influence;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Models.LinearRanker;
using SampleImportance.Plugins.Models.LinearRegression;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.Influence;

public class InfluenceEstimatorTests
{
    private const double L2 = 1e-3;
    private static readonly InfluenceEstimator Estimator = new();

    // A small noisy regression set with three corrupted targets, and a clean validation set.
    private static readonly SampleSet Train = RegressionData.Linear(50, 3, 301, noise: 0.5, 3, 17, 31);
    private static readonly SampleSet Validation = RegressionData.Linear(40, 3, 302, noise: 0.5);

    internal static async Task<ImportanceResult> Run(
        IEstimator estimator,
        SampleSet train,
        SampleSet validation,
        IModelFactory factory,
        int seed = 1,
        UnitPartition? units = null,
        params (string, object)[] parameters) =>
        await estimator.EstimateAsync(
            Contexts.Create(estimator, train, validation, factory, Contexts.Parameters(parameters), Contexts.Parameters(("l2", L2)), seed, units: units),
            CancellationToken.None);

    /// <summary>vᵀH⁻¹gᵢ from the normal equations with a plain inverse: the Done-when's closed form.</summary>
    internal static double[] ClosedFormInfluence(SampleSet train, SampleSet validation)
    {
        var all = Enumerable.Range(0, train.Count).ToArray();
        var theta = RegressionData.RidgeParameters(train, all, L2);
        var inverse = RegressionData.Inverse(RegressionData.Hessian(train, all, L2));
        var v = new double[theta.Length];
        for (var j = 0; j < validation.Count; j++)
        {
            var g = RegressionData.Gradient(validation, j, theta);
            for (var a = 0; a < v.Length; a++)
            {
                v[a] += g[a] / validation.Count;
            }
        }

        var s = RegressionData.Multiply(inverse, v);
        return [.. all.Select(i => RegressionData.Gradient(train, i, theta).Zip(s, (a, b) => a * b).Sum())];
    }

    /// <summary>Mean validation ½-squared error after refitting without each row, minus with every row.</summary>
    internal static double[] LeaveOneOutLossChange(SampleSet train, SampleSet validation)
    {
        var all = Enumerable.Range(0, train.Count).ToArray();
        var full = RegressionData.MeanLoss(validation, RegressionData.RidgeParameters(train, all, L2));
        return [.. all.Select(i => RegressionData.MeanLoss(validation, RegressionData.RidgeParameters(train, [.. all.Where(r => r != i)], L2)) - full)];
    }

    internal static double RelativeError(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        var scale = expected.Max(Math.Abs);
        return Enumerable.Range(0, expected.Count).Max(i => Math.Abs(expected[i] - actual[i])) / scale;
    }

    [Fact]
    public void Describe_declares_gradients_and_the_solver_parameters()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("influence", descriptor.Id);
        Assert.Equal(EstimatorRequirements.FittedModel | EstimatorRequirements.Gradients, descriptor.Requirements);
        Assert.Equal(
            ["solver", "damping", "cg-tolerance", "cg-max-iterations", "lissa-depth", "lissa-repeats", "lissa-scale", "lissa-batch-size"],
            descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["auto", "0", "1E-10", "1000", "1000", "1", "0", "0"], descriptor.Parameters.Select(p => p.Default));
    }

    [Theory]
    [InlineData("exact", 1e-6)]
    [InlineData("cg", 1e-6)]
    [InlineData("auto", 1e-6)]
    [InlineData("lissa", 1e-6)] // every row per step: the deterministic Neumann series, 1000 terms
    public async Task Linear_regression_influence_matches_the_normal_equations(string solver, double tolerance)
    {
        var expected = ClosedFormInfluence(Train, Validation);

        var result = await Run(Estimator, Train, Validation, new LinearRegressionModelFactory(), parameters: ("solver", solver));

        var error = RelativeError(expected, result.Values);
        Assert.True(error <= tolerance, $"{solver}: relative error {error:G3}");
        Assert.Contains($"solver {(solver == "auto" ? "exact" : solver)}", result.Notes[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sampled_lissa_is_close_to_the_normal_equations_and_the_same_for_the_same_seed()
    {
        var expected = ClosedFormInfluence(Train, Validation);
        (string, object)[] parameters = [("solver", "lissa"), ("lissa-batch-size", 10), ("lissa-repeats", 8), ("lissa-depth", 500)];

        var result = await Run(Estimator, Train, Validation, new LinearRegressionModelFactory(), seed: 5, parameters: parameters);
        var again = await Run(Estimator, Train, Validation, new LinearRegressionModelFactory(), seed: 5, parameters: parameters);
        var otherSeed = await Run(Estimator, Train, Validation, new LinearRegressionModelFactory(), seed: 6, parameters: parameters);

        var error = RelativeError(expected, result.Values);
        Assert.True(error <= 0.1, $"sampled LiSSA: relative error {error:G3}");
        Assert.Equal(result.Values, again.Values);
        Assert.NotEqual(result.Values, otherSeed.Values);
    }

    [Fact]
    public async Task Influence_ranks_rows_like_the_exact_leave_one_out_change_in_validation_loss()
    {
        var loo = LeaveOneOutLossChange(Train, Validation);

        var result = await Run(Estimator, Train, Validation, new LinearRegressionModelFactory());

        var spearman = Spearman.Correlation(result.Values, loo);
        Assert.True(spearman >= 0.95, $"Spearman {spearman:F4}");
    }

    [Fact]
    public async Task Removing_the_top_valued_row_hurts_validation_and_removing_the_bottom_one_helps()
    {
        var loo = LeaveOneOutLossChange(Train, Validation);

        var values = (await Run(Estimator, Train, Validation, new LinearRegressionModelFactory())).Values;

        var top = Enumerable.Range(0, values.Count).MaxBy(i => values[i]);
        var bottom = Enumerable.Range(0, values.Count).MinBy(i => values[i]);
        Assert.True(loo[top] > 0 && loo[bottom] < 0 && loo[top] > loo[bottom], $"top {loo[top]:G3}, bottom {loo[bottom]:G3}");
    }

    [Fact]
    public async Task Logistic_regression_solvers_agree_and_rank_like_leave_one_out()
    {
        var train = ToyData.FlipLabels(ToyData.Blobs(40, 3, 311, separation: 2.0), [2, 9, 23]);
        var validation = ToyData.Blobs(60, 3, 312, separation: 2.0);
        var factory = new LogisticRegressionModelFactory();
        var modelParameters = Contexts.Parameters(("l2", 1.0));

        async Task<IReadOnlyList<double>> Values(string solver) => (await Estimator.EstimateAsync(
            Contexts.Create(Estimator, train, validation, factory, Contexts.Parameters(("solver", solver)), modelParameters, metric: "log-likelihood"),
            CancellationToken.None)).Values;

        var exact = await Values("exact");
        var cg = await Values("cg");
        var lissa = await Values("lissa");

        Assert.True(RelativeError(exact, cg) <= 1e-6, "cg");
        Assert.True(RelativeError(exact, lissa) <= 1e-6, "lissa");
        var loo = LogisticLeaveOneOut(train, validation);
        var spearman = Spearman.Correlation(exact, loo);
        Assert.True(spearman >= 0.9, $"Spearman {spearman:F4}");
    }

    [Fact]
    public async Task Linear_ranker_exact_and_cg_agree()
    {
        var train = RankingData.Linear(6, 8, 3, 321, noise: 1.0);
        var validation = RankingData.Linear(4, 8, 3, 322, noise: 0.2);

        var exact = await Run(Estimator, train, validation, new LinearRankerModelFactory(), parameters: ("solver", "exact"));
        var cg = await Run(Estimator, train, validation, new LinearRankerModelFactory(), parameters: ("solver", "cg"));

        Assert.True(RelativeError(exact.Values, cg.Values) <= 1e-6);
        Assert.Contains(exact.Values, v => v != 0);
    }

    [Fact]
    public async Task A_group_is_valued_at_its_rows_sum()
    {
        var ids = Enumerable.Range(0, Train.Count).Select(i => i % 7).ToArray();
        var grouped = ToyData.WithIdColumn(Train, "session", ids);
        var rows = (await Run(Estimator, grouped, Validation, new LinearRegressionModelFactory())).Values;

        var groups = await Run(Estimator, grouped, Validation, new LinearRegressionModelFactory(), units: UnitPartition.ByColumn("session", ids));

        Assert.Equal(7, groups.Values.Count);
        for (var g = 0; g < 7; g++)
        {
            Assert.Equal(Enumerable.Range(0, Train.Count).Where(i => ids[i] == g).Sum(i => rows[i]), groups.Values[g], 12);
        }
    }

    [Fact]
    public async Task A_singular_hessian_without_damping_is_refused_and_damping_fixes_it()
    {
        // Two identical features and no penalty: XᵀX is singular.
        var twin = new SampleSet([.. Enumerable.Range(0, 12).SelectMany(i => new[] { (float)i, (float)i })], 2, [.. Enumerable.Range(0, 12).Select(i => (i * 0.5) + (i % 3))]);
        var context = Contexts.Create(Estimator, twin, twin, new LinearRegressionModelFactory(), Contexts.Parameters(("solver", "exact")), Contexts.Parameters(("l2", 0)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Estimator.EstimateAsync(context, CancellationToken.None));
        var damped = Contexts.Create(Estimator, twin, twin, new LinearRegressionModelFactory(), Contexts.Parameters(("solver", "exact"), ("damping", 1e-3)), Contexts.Parameters(("l2", 0)));
        var result = await Estimator.EstimateAsync(damped, CancellationToken.None);

        Assert.Contains("damping", error.Message, StringComparison.Ordinal);
        Assert.All(result.Values, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public async Task A_model_without_gradients_is_refused_with_a_fix()
    {
        var context = Contexts.Create(Estimator, ToyData.Blobs(20, 2, 1), ToyData.Blobs(20, 2, 2), new KnnModelFactory());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Estimator.EstimateAsync(context, CancellationToken.None));

        Assert.Contains("linear-regression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var context = Contexts.Create(Estimator, Train, Validation, new LinearRegressionModelFactory());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Estimator.EstimateAsync(context, cancelled.Token));
    }

    private static double[] LogisticLeaveOneOut(SampleSet train, SampleSet validation)
    {
        double MeanLogLoss(int[] rows)
        {
            var model = Contexts.Model(new LogisticRegressionModelFactory(), null, ("l2", 1.0), ("tolerance", 1e-12));
            model.Fit(train, rows, []);
            return -Scoring.Score(model, validation, "log-likelihood");
        }

        var all = Enumerable.Range(0, train.Count).ToArray();
        var full = MeanLogLoss(all);
        return [.. all.Select(i => MeanLogLoss([.. all.Where(r => r != i)]) - full)];
    }
}
