using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.RandomBaseline;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.RandomBaseline;

public class RandomEstimatorTests
{
    private static readonly SampleSet Train = ToyData.Blobs(50, 2, 71);

    private static async Task<IReadOnlyList<double>> Run(int seed) =>
        (await new RandomEstimator().EstimateAsync(Contexts.Create(Train, Train, new KnnModelFactory(), seed: seed), CancellationToken.None)).Values;

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
    public async Task Values_are_uniform_in_the_unit_interval_and_use_no_utility()
    {
        var result = await new RandomEstimator().EstimateAsync(Contexts.Create(Train, Train, new KnnModelFactory()), CancellationToken.None);

        Assert.Equal(Train.Count, result.Values.Count);
        Assert.All(result.Values, v => Assert.InRange(v, 0.0, 1.0));
        Assert.Equal(Train.Count, result.Values.Distinct().Count());
        Assert.Equal(0, result.UtilityEvaluations);
        Assert.Equal(EstimatorRequirements.None, new RandomEstimator().Describe().Requirements);
    }
}
