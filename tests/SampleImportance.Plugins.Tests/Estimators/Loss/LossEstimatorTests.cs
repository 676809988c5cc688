using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.Loss;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Tests.Support;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Plugins.Tests.Estimators.Loss;

public class LossEstimatorTests
{
    private static readonly LossEstimator Estimator = new();

    private static int[] All(SampleSet data) => Enumerable.Range(0, data.Count).ToArray();

    [Fact]
    public async Task Class_score_values_are_minus_one_minus_the_score_of_the_label()
    {
        var train = ToyData.Blobs(20, 2, 82, separation: 1.0);
        var model = Contexts.Model(new LogisticRegressionModelFactory());
        model.Fit(train, All(train), []);
        var predictions = Scoring.Predict(model, train);

        var result = await Estimator.EstimateAsync(Contexts.Create(Estimator, train, train, new LogisticRegressionModelFactory()), CancellationToken.None);

        for (var i = 0; i < train.Count; i++)
        {
            Assert.Equal(-(1.0 - predictions[(2 * i) + (int)train.Labels[i]]), result.Values[i], 15);
            Assert.Equal(-Math.Abs(train.Labels[i] - predictions[(2 * i) + 1]), result.Values[i], 12);
        }
    }

    [Fact]
    public async Task Class_score_values_read_the_labels_column_for_more_than_two_classes()
    {
        // Three classes along a line; knn with K = 3 gives fractional scores.
        var train = new SampleSet([0f, 1f, 2f, 3f, 4f, 5f, 6f], 1, [0, 0, 1, 2, 1, 2, 2]);
        var model = Contexts.Model(new KnnModelFactory(), null, ("k", 3));
        model.Fit(train, All(train), []);
        var predictions = Scoring.Predict(model, train);
        var context = Contexts.Create(Estimator, train, train, new KnnModelFactory(), modelParameters: Contexts.Parameters(("k", 3)));

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        Assert.Equal(3, model.Outputs);
        for (var i = 0; i < train.Count; i++)
        {
            Assert.Equal(-(1.0 - predictions[(3 * i) + (int)train.Labels[i]]), result.Values[i], 15);
        }
    }

    [Fact]
    public async Task One_score_values_are_minus_the_absolute_residual()
    {
        var train = new SampleSet([0f, 1f, 2f, 3f], 1, [1.0, 2.0, 4.0, 9.0]);

        var result = await Estimator.EstimateAsync(Contexts.Create(Estimator, train, train, new MeanScoreModelFactory()), CancellationToken.None);

        // The model predicts the mean label, 4.
        Assert.Equal([-3.0, -2.0, 0.0, -5.0], result.Values);
    }

    [Fact]
    public async Task A_groups_value_is_the_mean_of_its_rows_values()
    {
        int[] sessions = [30, 10, 30, 20, 10, 10, 40, 20, 30, 40, 40, 10];
        var train = ToyData.WithIdColumn(ToyData.Blobs(12, 2, 83, separation: 1.0), "session", sessions);
        var units = UnitPartition.ByColumn("session", train.Column("session"));
        var rowValues = (await Estimator.EstimateAsync(Contexts.Create(Estimator, train, train, new LogisticRegressionModelFactory()), CancellationToken.None)).Values;

        var result = await Estimator.EstimateAsync(Contexts.Create(Estimator, train, train, new LogisticRegressionModelFactory(), units: units), CancellationToken.None);

        Assert.Equal(4, result.Values.Count);
        for (var u = 0; u < units.Count; u++)
        {
            var id = new[] { 10, 20, 30, 40 }[u];
            var expected = Enumerable.Range(0, train.Count).Where(r => sessions[r] == id).Average(r => rowValues[r]);
            Assert.Equal(expected, result.Values[u], 15);
        }
    }

    [Fact]
    public async Task Mislabeled_points_of_a_clean_separable_set_get_the_lowest_values()
    {
        int[] flipped = [3, 18, 27, 44];
        var train = ToyData.FlipLabels(ToyData.Blobs(60, 2, 81, separation: 8.0), flipped);
        var context = Contexts.Create(Estimator, train, train, new LogisticRegressionModelFactory());

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        var lowest = Enumerable.Range(0, train.Count).OrderBy(i => result.Values[i]).Take(flipped.Length).Order();
        Assert.Equal(flipped, lowest);
        Assert.All(result.Values, v => Assert.InRange(v, -1.0, 0.0));
        Assert.Equal(0, context.Utility.Evaluations);
    }

    [Fact]
    public void Describe_declares_one_fitted_model_rows_and_groups_and_no_parameters()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal(("loss", EstimatorRequirements.FittedModel, ValueUnits.Rows | ValueUnits.Groups), (descriptor.Id, descriptor.Requirements, descriptor.Units));
        Assert.Empty(descriptor.Parameters);
    }
}
