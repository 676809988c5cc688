using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.LabelOnly;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.LabelOnly;

public class LabelOnlyEstimatorTests
{
    private static readonly LabelOnlyEstimator Estimator = new();
    private static readonly SampleSet Train = ToyData.WithIdColumn(ToyData.Blobs(50, 2, 71), "user", Enumerable.Range(0, 50).Select(r => r % 7).ToArray());

    [Fact]
    public async Task A_row_is_worth_minus_its_label_and_no_utility_is_evaluated()
    {
        var context = Contexts.Create(Estimator, Train, Train, new KnnModelFactory());

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        Assert.Equal(Train.Labels.ToArray().Select(l => -l), result.Values);
        Assert.Equal(0, context.Utility.Evaluations);
    }

    [Fact]
    public async Task A_group_is_worth_minus_its_mean_label_whatever_the_seed()
    {
        var units = UnitPartition.ByColumn("user", Train.Column("user"));
        var labels = Train.Labels.ToArray();

        var first = await Estimator.EstimateAsync(Contexts.Create(Estimator, Train, Train, new KnnModelFactory(), units: units, seed: 1), CancellationToken.None);
        var second = await Estimator.EstimateAsync(Contexts.Create(Estimator, Train, Train, new KnnModelFactory(), units: units, seed: 9), CancellationToken.None);

        var expected = Enumerable.Range(0, units.Count).Select(u => -units.RowsOf(u).ToArray().Average(r => labels[r]));
        Assert.Equal(expected, first.Values);
        Assert.Equal(first.Values, second.Values);
    }
}
