using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Seeded toy ranking data: query groups whose graded labels follow a known linear score.</summary>
internal static class RankingData
{
    /// <summary>The hidden scoring direction of <see cref="Linear"/> (first three features; the rest are noise).</summary>
    public static readonly double[] TrueWeights = [2.0, -1.0, 0.5];

    /// <summary>
    /// <paramref name="groups"/> groups of <paramref name="perGroup"/> rows, Gaussian features, labels 0..2 graded by
    /// thresholds on wᵀx + noise·N(0, 1) with w = <see cref="TrueWeights"/> padded with zeros; group ids start at 100.
    /// </summary>
    public static SampleSet Linear(int groups, int perGroup, int features, int seed, double noise = 0.0)
    {
        var random = new System.Random(seed);
        var n = groups * perGroup;
        var x = new float[n * features];
        var y = new double[n];
        var ids = new int[n];
        for (var i = 0; i < n; i++)
        {
            var score = 0.0;
            for (var f = 0; f < features; f++)
            {
                var value = (float)ToyData.Gaussian(random);
                x[(i * features) + f] = value;
                score += f < TrueWeights.Length ? TrueWeights[f] * value : 0.0;
            }

            score += noise * ToyData.Gaussian(random);
            y[i] = score > 1.5 ? 2 : score > -0.5 ? 1 : 0;
            ids[i] = 100 + (i / perGroup);
        }

        return new SampleSet(x, features, y, ids);
    }
}
