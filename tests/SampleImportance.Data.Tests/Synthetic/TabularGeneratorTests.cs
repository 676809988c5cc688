using SampleImportance.Data.Synthetic;

namespace SampleImportance.Data.Tests.Synthetic;

public class TabularGeneratorTests
{
    [Fact]
    public void Generate_ClassesAreBalanced()
    {
        var set = TabularGenerator.Generate(new TabularOptions { Rows = 51, Features = 3 }, new Random(1));

        Assert.Equal(51, set.Count);
        Assert.Equal(3, set.FeatureCount);
        Assert.Equal(26, set.Labels.ToArray().Count(l => l == 0));
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(0.0)]
    public void Generate_ClassMeansAreSeparationApart(double separation)
    {
        const int D = 4;
        var set = TabularGenerator.Generate(new TabularOptions { Rows = 8000, Features = D, Separation = separation }, new Random(2));

        var means = new double[2, D];
        for (var i = 0; i < set.Count; i++)
        {
            for (var j = 0; j < D; j++)
            {
                means[(int)set.Labels[i], j] += set.Row(i)[j] / 4000.0;
            }
        }

        var distance = Math.Sqrt(Enumerable.Range(0, D).Sum(j => Math.Pow(means[1, j] - means[0, j], 2)));
        // Each mean has sd 1/sqrt(4000) per axis; the distance error stays well under 0.15.
        Assert.InRange(distance, separation - 0.15, separation + 0.15);
    }
}
