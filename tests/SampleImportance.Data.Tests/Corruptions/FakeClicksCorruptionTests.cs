using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Corruptions;

public class FakeClicksCorruptionTests
{
    private static readonly SourceLocation Where = new("dataset 'clicks'");

    [Fact]
    public void Apply_TurnsExactlyRoundedRateNonClicksIntoClicks()
    {
        // 30 rows, 10 clicked; rate 0.25 of all clicks afterwards → round(0.25 / 0.75 × 10) = 3 fake clicks, all on former non-clicks.
        var labels = Enumerable.Range(0, 30).Select(i => i % 3 == 0 ? 1.0 : 0.0).ToArray();
        var clean = new SampleSet(new float[30], 1, labels);

        var outcome = new FakeClicksCorruption().Apply(clean, 0.25, PluginParameters.Empty, new Random(8), Where);

        Assert.Equal(3, outcome.Mask.Count(m => m));
        for (var i = 0; i < 30; i++)
        {
            if (outcome.Mask[i])
            {
                Assert.Equal(0, labels[i]);
                Assert.Equal(1, outcome.Rows.Labels[i]);
            }
            else
            {
                Assert.Equal(labels[i], outcome.Rows.Labels[i]);
            }

            // Candidates are the clicks afterwards, organic or fake; non-clicks can never be fake clicks.
            Assert.Equal(outcome.Rows.Labels[i] == 1 ? 0 : -1, outcome.EffectiveStrata[i]);
        }
    }

    [Fact]
    public void Apply_TooFewNonClicks_ThrowsWithAMaximumRate()
    {
        var clean = new SampleSet(new float[10], 1, [1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);

        var ex = Assert.Throws<InputException>(() => new FakeClicksCorruption().Apply(clean, 0.3, PluginParameters.Empty, new Random(1), Where));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("needs 3 training rows with label 0, but only 2 of 10", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 0.2", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_UnknownKindAndBadRate_ReportsBoth()
    {
        var request = new CorruptionRequest("feature-noise", 1.5, PluginParameters.Empty);

        var ex = Assert.Throws<InputException>(() => CorruptionCatalog.CreateDefault().Resolve(request, Where));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("label-flip, fake-clicks", ex.Errors[0].Fix, StringComparison.Ordinal);
        Assert.Contains("outside (0, 1)", ex.Errors[1].Message, StringComparison.Ordinal);
    }
}
