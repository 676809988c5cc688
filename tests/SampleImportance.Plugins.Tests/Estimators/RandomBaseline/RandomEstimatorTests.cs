using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.RandomBaseline;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.RandomBaseline;

public class RandomEstimatorTests
{
    private static readonly RandomEstimator Estimator = new();
    private static readonly SampleSet Train = ToyData.WithIdColumn(ToyData.Blobs(50, 2, 71), "user", Enumerable.Range(0, 50).Select(r => r % 7).ToArray());

    private static async Task<IReadOnlyList<double>> Run(int seed) =>
        (await Estimator.EstimateAsync(Contexts.Create(Estimator, Train, Train, new KnnModelFactory(), seed: seed), CancellationToken.None)).Values;

    [Fact]
    public async Task Same_seed_gives_the_same_values()
    {
        Assert.Equal(await Run(5), await Run(5));
    }

    [Fact]
    public async Task Different_seeds_give_different_values()
    {
        Assert.NotEqual(await Run(5), await Run(6));
    }

    [Fact]
    public async Task Values_are_one_per_row_uniform_in_the_unit_interval_and_use_no_utility()
    {
        var context = Contexts.Create(Estimator, Train, Train, new KnnModelFactory());

        var result = await Estimator.EstimateAsync(context, CancellationToken.None);

        Assert.Equal(Train.Count, result.Values.Count);
        Assert.All(result.Values, v => Assert.InRange(v, 0.0, 1.0));
        Assert.Equal(Train.Count, result.Values.Distinct().Count());
        Assert.Equal(0, context.Utility.Evaluations);
    }

    [Fact]
    public async Task Group_units_get_one_value_each()
    {
        var units = UnitPartition.ByColumn("user", Train.Column("user"));

        var result = await Estimator.EstimateAsync(Contexts.Create(Estimator, Train, Train, new KnnModelFactory(), units: units), CancellationToken.None);

        Assert.Equal(7, result.Values.Count);
        Assert.Equal(7, result.Values.Distinct().Count());
    }

    [Fact]
    public void Describe_declares_no_requirements_rows_and_groups()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal(("random", EstimatorRequirements.None, ValueUnits.Rows | ValueUnits.Groups), (descriptor.Id, descriptor.Requirements, descriptor.Units));
        Assert.Empty(descriptor.Parameters);
    }
}
