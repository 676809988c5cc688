using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.LeaveOneOut;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.LeaveOneOut;

public class LeaveOneOutEstimatorTests
{
    private static readonly LeaveOneOutEstimator Estimator = new();
    private static readonly SampleSet Train = ToyData.FlipLabels(ToyData.Blobs(25, 3, 61, separation: 1.5), [2, 9]);
    private static readonly SampleSet Validation = ToyData.Blobs(30, 3, 62, separation: 1.5);

    // Logistic regression takes warm starts, so each refit starts from the full-data fit and stops within the model's
    // gradient tolerance (1e-8 × weight) of the cold refit's optimum: values agree with cold refits to this much.
    private const double WarmTolerance = 1e-7;

    // U over explicit rows, computed without the estimator's context: fit logistic regression (cold), score log-likelihood.
    private static double Utility(IEnumerable<int> rows)
    {
        var model = Contexts.Model(new LogisticRegressionModelFactory());
        model.Fit(Train, rows.ToArray(), []);
        return Scoring.Score(model, Validation, "log-likelihood");
    }

    [Fact]
    public async Task Row_values_are_U_of_all_minus_U_without_the_row()
    {
        var context = Contexts.Create(Estimator, Train, Validation, new LogisticRegressionModelFactory(), metric: "log-likelihood");

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        var all = Enumerable.Range(0, Train.Count).ToArray();
        Assert.Equal(Train.Count, result.Values.Count);
        for (var i = 0; i < Train.Count; i++)
        {
            Assert.Equal(Utility(all) - Utility(all.Where(r => r != i)), result.Values[i], WarmTolerance);
        }

        Assert.Equal(Train.Count + 1, context.Utility.Evaluations);
        Assert.Contains(result.Values, v => v != 0);
    }

    [Fact]
    public async Task Group_values_are_U_of_all_minus_U_without_the_groups_rows()
    {
        // Seven sessions with ids that are neither contiguous nor in row order.
        var ids = Enumerable.Range(0, Train.Count).Select(r => 100 - ((r * 3) % 7 * 10)).ToArray();
        var train = ToyData.WithIdColumn(Train, "session", ids);
        var units = UnitPartition.ByColumn("session", train.Column("session"));
        var context = Contexts.Create(Estimator, train, Validation, new LogisticRegressionModelFactory(), metric: "log-likelihood", units: units);

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        Assert.Equal(7, result.Values.Count);
        var all = Enumerable.Range(0, Train.Count).ToArray();
        for (var u = 0; u < units.Count; u++)
        {
            var id = units.IdOf(u);
            Assert.Equal(Utility(all) - Utility(all.Where(r => ids[r] != id)), result.Values[u], WarmTolerance);
        }

        Assert.Equal(units.Count + 1, context.Utility.Evaluations);
        Assert.Contains(result.Values, v => v != 0);
    }

    [Fact]
    public async Task Cancellation_throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var context = Contexts.Create(Estimator, Train, Train, new LogisticRegressionModelFactory());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Estimator.EstimateAsync(context, cancelled.Token));
        Assert.Equal(0, context.Utility.Evaluations);
    }

    [Fact]
    public async Task A_spent_budget_propagates()
    {
        var context = Contexts.Create(Estimator, Train, Train, new LogisticRegressionModelFactory(), budget: 5);

        await Assert.ThrowsAsync<UtilityBudgetExceededException>(() => Estimator.EstimateAsync(context, CancellationToken.None));
        Assert.Equal(5, context.Utility.Evaluations);
    }

    [Fact]
    public void Describe_declares_retraining_rows_and_groups_and_no_parameters()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal(("leave-one-out", EstimatorRequirements.Retraining, ValueUnits.Rows | ValueUnits.Groups), (descriptor.Id, descriptor.Requirements, descriptor.Units));
        Assert.Empty(descriptor.Parameters);
    }
}
