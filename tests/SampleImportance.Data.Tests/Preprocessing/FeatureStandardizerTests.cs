using SampleImportance.Abstractions;
using SampleImportance.Data.Preprocessing;

namespace SampleImportance.Data.Tests.Preprocessing;

public class FeatureStandardizerTests
{
    [Fact]
    public void Training_features_get_zero_mean_and_unit_variance_and_held_out_rows_reuse_the_training_statistics()
    {
        // Feature 0: 1, 2, 3, 4 (mean 2.5, population sd √1.25); feature 1 is constant (centred, not scaled).
        var train = new SampleSet([1, 7, 2, 7, 3, 7, 4, 7], 2, [0, 1, 0, 1], groups: [3, 3, 4, 4], columns: new Dictionary<string, int[]> { ["session"] = [9, 9, 8, 8] });
        var test = new SampleSet([5, 8], 2, [1]);

        var scaling = FeatureStandardizer.Fit(train);
        var scaled = scaling.Apply(train);
        var held = scaling.Apply(test);

        var sd = Math.Sqrt(1.25);
        Assert.Equal([(float)(-1.5 / sd), 0f, (float)(-0.5 / sd), 0f, (float)(0.5 / sd), 0f, (float)(1.5 / sd), 0f], scaled.Features.ToArray());
        Assert.Equal([(float)(2.5 / sd), 1f], held.Features.ToArray());
        Assert.Equal(train.Labels.ToArray(), scaled.Labels.ToArray());
        Assert.Equal(train.Groups.ToArray(), scaled.Groups.ToArray());
        Assert.Equal(train.Column("session").ToArray(), scaled.Column("session").ToArray());
    }

    [Fact]
    public void The_loader_standardises_by_default_with_training_rows_only_and_says_so()
    {
        var request = new DatasetRequest("d", "synthetic/tabular", PluginParameters.Empty);

        var scaled = DatasetLoader.Load(request, 3);
        var raw = DatasetLoader.Load(request with { Standardize = false }, 3);

        Assert.True(scaled.Standardized);
        Assert.False(raw.Standardized);
        var d = scaled.Train.FeatureCount;
        for (var j = 0; j < d; j++)
        {
            var column = Enumerable.Range(0, scaled.Train.Count).Select(r => (double)scaled.Train.Features[(r * d) + j]).ToArray();
            Assert.Equal(0, column.Average(), 5);
            Assert.Equal(1, Math.Sqrt(column.Average(v => v * v)), 5);
        }

        // Validation is transformed with the training statistics, not its own: its mean is not exactly zero.
        var rawMean = Enumerable.Range(0, raw.Train.Count).Average(r => (double)raw.Train.Features[r * d]);
        var rawSd = Math.Sqrt(Enumerable.Range(0, raw.Train.Count).Average(r => Math.Pow(raw.Train.Features[r * d] - rawMean, 2)));
        Assert.Equal((raw.Validation.Features[0] - rawMean) / rawSd, scaled.Validation.Features[0], 4);
    }
}
