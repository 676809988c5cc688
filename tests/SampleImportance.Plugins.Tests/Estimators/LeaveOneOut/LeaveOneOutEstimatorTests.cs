using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.LeaveOneOut;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.LeaveOneOut;

public class LeaveOneOutEstimatorTests
{
    [Fact]
    public async Task Values_equal_U_of_all_minus_U_without_i_computed_independently()
    {
        var train = ToyData.FlipLabels(ToyData.Blobs(25, 3, 61, separation: 1.5), [2, 9]);
        var validation = ToyData.Blobs(30, 3, 62, separation: 1.5);
        var factory = new LogisticRegressionModelFactory();
        var context = Contexts.Create(train, validation, factory, metric: "log-likelihood");
        double Utility(IEnumerable<int> rows)
        {
            var model = factory.Create(PluginParameters.Empty);
            model.Fit(train, rows.ToArray(), []);
            return model.Score(validation, "log-likelihood");
        }

        var result = await new LeaveOneOutEstimator().EstimateAsync(context, CancellationToken.None);

        var all = Enumerable.Range(0, train.Count).ToArray();
        for (var i = 0; i < train.Count; i++)
        {
            Assert.Equal(Utility(all) - Utility(all.Where(r => r != i)), result.Values[i], 1e-12);
        }

        Assert.Equal(train.Count + 1, result.UtilityEvaluations);
        Assert.Contains(result.Values, v => v != 0);
    }

    [Fact]
    public async Task Cancellation_throws_and_a_spent_budget_propagates()
    {
        var train = ToyData.Blobs(10, 2, 63);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new LeaveOneOutEstimator().EstimateAsync(Contexts.Create(train, train, new LogisticRegressionModelFactory()), cancelled.Token));
        await Assert.ThrowsAsync<UtilityBudgetExceededException>(() =>
            new LeaveOneOutEstimator().EstimateAsync(Contexts.Create(train, train, new LogisticRegressionModelFactory(), budget: 5), CancellationToken.None));
    }

    [Fact]
    public void Describe_declares_retraining_and_no_parameters()
    {
        var descriptor = new LeaveOneOutEstimator().Describe();

        Assert.Equal(("leave-one-out", EstimatorRequirements.Retraining), (descriptor.Id, descriptor.Requirements));
        Assert.Empty(descriptor.Parameters);
    }
}
