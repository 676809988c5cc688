using SampleImportance.Engine.Results;

namespace SampleImportance.Engine.Tests.Results;

public class StudentTTests
{
    [Theory]
    [InlineData(1, 12.706)]
    [InlineData(2, 4.303)]
    [InlineData(4, 2.776)]
    [InlineData(10, 2.228)]
    [InlineData(30, 2.042)]
    public void Quantile_975_matches_published_tables(int degreesOfFreedom, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile(0.975, degreesOfFreedom), 3);
    }

    [Fact]
    public void TwoSidedCritical_95_is_the_975_quantile()
    {
        Assert.Equal(StudentT.Quantile(0.975, 7), StudentT.TwoSidedCritical(0.95, 7), 12);
    }

    [Fact]
    public void Quantile_is_symmetric_about_zero()
    {
        Assert.Equal(-StudentT.Quantile(0.975, 3), StudentT.Quantile(0.025, 3), 9);
    }

    [Fact]
    public void TwoSidedCritical_rejects_zero_degrees_of_freedom_and_bad_confidence()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.TwoSidedCritical(0.95, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.TwoSidedCritical(1.0, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.TwoSidedCritical(double.NaN, 5));
    }
}
