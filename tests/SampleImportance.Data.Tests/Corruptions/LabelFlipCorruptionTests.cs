using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Corruptions;

public class LabelFlipCorruptionTests
{
    private static readonly SourceLocation Where = new("train.csv");

    private static SampleSet Binary(int n, int seed)
    {
        var random = new Random(seed);
        return new SampleSet(new float[n], 1, [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(2))]);
    }

    [Theory]
    [InlineData(101, 0.15, 15)]
    [InlineData(10, 0.25, 3)] // round(2.5) = 3: halves round away from zero
    [InlineData(10, 0.01, 0)]
    public void Apply_FlipsExactlyRoundedRateRows_AndMasksThem(int n, double rate, int expected)
    {
        var clean = Binary(n, 4);

        var outcome = new LabelFlipCorruption().Apply(clean, rate, PluginParameters.Empty, new Random(2), Where);

        Assert.Equal(expected, outcome.Mask.Count(m => m));
        for (var i = 0; i < n; i++)
        {
            var expectedLabel = outcome.Mask[i] ? 1 - clean.Labels[i] : clean.Labels[i];
            Assert.Equal(expectedLabel, outcome.Rows.Labels[i]);
        }

        Assert.Equal(clean.Features.ToArray(), outcome.Rows.Features.ToArray());
    }

    [Fact]
    public void Apply_ChoosesRowsUniformly()
    {
        // 20 rows, 5 flipped per trial: every row should be chosen in about a quarter of the trials.
        var clean = Binary(20, 1);
        var chosen = new int[20];
        var random = new Random(7);
        const int Trials = 2000;
        for (var t = 0; t < Trials; t++)
        {
            var mask = new LabelFlipCorruption().Apply(clean, 0.25, PluginParameters.Empty, random, Where).Mask;
            for (var i = 0; i < 20; i++)
            {
                chosen[i] += mask[i] ? 1 : 0;
            }
        }

        // Binomial(2000, 0.25) has sd ≈ 19; ±80 is over 4 sd.
        Assert.All(chosen, c => Assert.InRange(c, 420, 580));
    }

    [Fact]
    public void Apply_SameRandomState_SameMask()
    {
        var clean = Binary(50, 3);

        var a = new LabelFlipCorruption().Apply(clean, 0.2, PluginParameters.Empty, new Random(5), Where).Mask;
        var b = new LabelFlipCorruption().Apply(clean, 0.2, PluginParameters.Empty, new Random(5), Where).Mask;

        Assert.Equal(a, b);
    }

    [Fact]
    public void Apply_NonBinaryLabels_ThrowsNamingTheRowAndFix()
    {
        var graded = new SampleSet(new float[3], 1, [0, 1, 2]);

        var ex = Assert.Throws<InputException>(() => new LabelFlipCorruption().Apply(graded, 0.5, PluginParameters.Empty, new Random(1), Where));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("binary labels", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 2 has label 2", error.Message, StringComparison.Ordinal);
        Assert.Equal("train.csv", error.Location.File);
        Assert.NotNull(error.Fix);
    }
}
