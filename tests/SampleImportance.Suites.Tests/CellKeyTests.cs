namespace SampleImportance.Suites.Tests;

public sealed class CellKeyTests
{
    [Fact]
    public void The_default_estimator_seed_leaves_the_id_as_it_always_was()
    {
        var key = new CellKey("clicks", "fake-clicks(0.1)", "knn", "knn-shapley", 3);

        Assert.Equal(CellKey.DefaultEstimatorSeed, key.EstimatorSeed);
        Assert.Equal("clicks/fake-clicks(0.1)/knn/knn-shapley/3", key.Id);
        Assert.Equal(key, key with { EstimatorSeed = 1 });
    }

    [Theory]
    [InlineData(2, "clicks/none/knn/tmc/3/e2")]
    [InlineData(0, "clicks/none/knn/tmc/3/e0")]
    [InlineData(-4, "clicks/none/knn/tmc/3/e-4")]
    public void Another_estimator_seed_is_appended_as_e_and_the_seed(int estimatorSeed, string id)
    {
        var key = new CellKey("clicks", "none", "knn", "tmc", 3, estimatorSeed);

        Assert.Equal(id, key.Id);
        Assert.NotEqual(key, key with { EstimatorSeed = 1 });
    }

    [Fact]
    public void The_file_stem_replaces_every_slash_and_keeps_keys_apart()
    {
        var plain = new CellKey("clicks", "fake-clicks(0.1)", "knn", "knn-shapley", 1);
        var second = plain with { EstimatorSeed = 2 };

        Assert.Equal("clicks__fake-clicks(0.1)__knn__knn-shapley__1", plain.FileStem);
        Assert.Equal("clicks__fake-clicks(0.1)__knn__knn-shapley__1__e2", second.FileStem);
        Assert.DoesNotContain('/', second.FileStem);
        Assert.True(second.FileStem.IndexOfAny(Path.GetInvalidFileNameChars()) < 0);
    }
}
