using SampleImportance.Abstractions;
using SampleImportance.Data.Splitting;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Splitting;

public class DatasetSplitterTests
{
    private static readonly SourceLocation Where = new("test");

    private static SampleSet Rows(double[] labels, int[]? groups = null) =>
        new(new float[labels.Length], 1, labels, groups);

    [Theory]
    [InlineData(400, 0.25, 0.25, 200, 100, 100)]
    [InlineData(50, 0.1, 0.2, 35, 5, 10)]
    [InlineData(10, 0.25, 0.25, 4, 3, 3)] // 2.5 rounds away from zero
    [InlineData(5, 0.01, 0.01, 3, 1, 1)] // a positive fraction never yields an empty split
    [InlineData(7, 0, 0, 7, 0, 0)]
    public void Split_Rows_CountsMatchRoundedFractions(int n, double validation, double test, int trainCount, int validationCount, int testCount)
    {
        var labels = Enumerable.Range(0, n).Select(i => (double)(i % 2)).ToArray();

        var split = DatasetSplitter.Split(Rows(labels), null, validation, test, new Random(1), Where);

        Assert.Equal(trainCount, split.Train.Length);
        Assert.Equal(validationCount, split.Validation.Length);
        Assert.Equal(testCount, split.Test.Length);
        Assert.Equal(Enumerable.Range(0, n), split.Train.Concat(split.Validation).Concat(split.Test).Order());
    }

    [Fact]
    public void Split_Rows_EachSplitKeepsInputOrder()
    {
        var split = DatasetSplitter.Split(Rows(new double[100]), null, 0.3, 0.2, new Random(5), Where);

        Assert.Equal(split.Train.Order(), split.Train);
        Assert.Equal(split.Validation.Order(), split.Validation);
        Assert.Equal(split.Test.Order(), split.Test);
    }

    [Fact]
    public void Split_BinaryRows_IsStratified()
    {
        // 20% positives; each split should keep that share to within one row.
        var labels = Enumerable.Range(0, 200).Select(i => i % 5 == 0 ? 1.0 : 0.0).ToArray();

        var split = DatasetSplitter.Split(Rows(labels), null, 0.25, 0.25, new Random(3), Where);

        foreach (var part in new[] { split.Train, split.Validation, split.Test })
        {
            var positives = part.Count(i => labels[i] == 1);
            Assert.InRange(positives, (part.Length / 5) - 1, (part.Length / 5) + 1);
        }
    }

    [Fact]
    public void Split_Units_KeepsEveryUnitInOneSplitAndCountsUnits()
    {
        // 40 units of 1..4 rows each.
        var units = Enumerable.Range(0, 40).SelectMany(u => Enumerable.Repeat(u, 1 + (u % 4))).ToArray();

        var split = DatasetSplitter.Split(Rows(new double[units.Length]), units, 0.25, 0.25, new Random(9), Where);

        var unitsIn = new[] { split.Train, split.Validation, split.Test }.Select(p => p.Select(i => units[i]).ToHashSet()).ToArray();
        Assert.Equal([20, 10, 10], unitsIn.Select(s => s.Count));
        Assert.Empty(unitsIn[0].Intersect(unitsIn[1]));
        Assert.Empty(unitsIn[0].Intersect(unitsIn[2]));
        Assert.Empty(unitsIn[1].Intersect(unitsIn[2]));
        Assert.Equal(units.Length, split.Train.Length + split.Validation.Length + split.Test.Length);
    }

    [Fact]
    public void Split_SameSeed_SameAssignment_DifferentSeed_Differs()
    {
        var rows = Rows(Enumerable.Range(0, 100).Select(i => (double)(i % 2)).ToArray());

        var a = DatasetSplitter.Split(rows, null, 0.25, 0.25, new Random(11), Where);
        var b = DatasetSplitter.Split(rows, null, 0.25, 0.25, new Random(11), Where);
        var c = DatasetSplitter.Split(rows, null, 0.25, 0.25, new Random(12), Where);

        Assert.Equal(a.Validation, b.Validation);
        Assert.NotEqual(a.Validation, c.Validation);
    }

    [Fact]
    public void Split_TooFewUnits_ThrowsWithFix()
    {
        var ex = Assert.Throws<InputException>(() => DatasetSplitter.Split(Rows(new double[2]), null, 0.25, 0.25, new Random(1), Where));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("Only 2 rows", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Fix);
    }

    [Theory]
    [InlineData(-0.1, 0.2, "validation fraction")]
    [InlineData(0.2, 1.0, "test fraction")]
    [InlineData(0.6, 0.5, "leaving nothing to train on")]
    [InlineData(double.NaN, 0.2, "validation fraction")]
    public void CheckFractions_Invalid_Throws(double validation, double test, string expected)
    {
        var ex = Assert.Throws<InputException>(() => DatasetSplitter.CheckFractions(validation, test, Where));

        Assert.Contains(ex.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal) && e.Fix is not null);
    }
}
