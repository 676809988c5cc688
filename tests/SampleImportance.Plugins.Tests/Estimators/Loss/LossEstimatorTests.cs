using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.Loss;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.Loss;

public class LossEstimatorTests
{
    [Fact]
    public async Task Mislabeled_points_of_a_clean_separable_set_get_the_lowest_values()
    {
        int[] flipped = [3, 18, 27, 44];
        var train = ToyData.FlipLabels(ToyData.Blobs(60, 2, 81, separation: 8.0), flipped);
        var context = Contexts.Create(train, train, new LogisticRegressionModelFactory());

        var result = await new LossEstimator().EstimateAsync(context, CancellationToken.None);

        var lowest = Enumerable.Range(0, train.Count).OrderBy(i => result.Values[i]).Take(flipped.Length).Order();
        Assert.Equal(flipped, lowest);
        Assert.All(result.Values, v => Assert.InRange(v, -1.0, 0.0));
        Assert.Equal(0, result.UtilityEvaluations);
    }

    [Fact]
    public async Task Values_are_minus_the_absolute_residual_of_one_fit_on_all_rows()
    {
        var train = ToyData.Blobs(20, 2, 82, separation: 1.0);
        var factory = new LogisticRegressionModelFactory();
        var model = factory.Create(PluginParameters.Empty);
        model.Fit(train, Enumerable.Range(0, train.Count).ToArray(), []);
        var predictions = new double[train.Count];
        model.Predict(train, predictions);

        var result = await new LossEstimator().EstimateAsync(Contexts.Create(train, train, factory), CancellationToken.None);

        for (var i = 0; i < train.Count; i++)
        {
            Assert.Equal(-Math.Abs(train.Labels[i] - predictions[i]), result.Values[i], 15);
        }

        Assert.Equal(EstimatorRequirements.FittedModel, new LossEstimator().Describe().Requirements);
    }
}
