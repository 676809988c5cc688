using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;

namespace SampleImportance.Data.Synthetic;

/// <summary><c>synthetic/tabular</c>: binary classification with two unit-variance Gaussian classes whose means lie
/// <see cref="TabularOptions.Separation"/> apart along a random direction. round(<see cref="TabularOptions.PositiveRate"/>
/// × n) rows are ones (balanced by default: ⌈n/2⌉ zeros) and rows come in random order.</summary>
internal static class TabularGenerator
{
    public static SampleSet Generate(TabularOptions options, Random random)
    {
        var n = options.Rows;
        var d = options.Features;
        var direction = new double[d];
        for (var j = 0; j < d; j++)
        {
            direction[j] = DataRandom.Gaussian(random);
        }

        var norm = Math.Sqrt(direction.Sum(v => v * v));
        for (var j = 0; j < d; j++)
        {
            // A zero-length draw is practically impossible; fall back to the first axis rather than divide by zero.
            direction[j] = norm > 0 ? direction[j] / norm : (j == 0 ? 1 : 0);
        }

        var labels = new double[n];
        if (options.PositiveRate == 0.5)
        {
            // Alternating labels before the shuffle: the draw that balanced data has always had (same seed, same rows).
            for (var i = 0; i < n; i++)
            {
                labels[i] = i % 2;
            }
        }
        else
        {
            var ones = DataRandom.RoundCount(options.PositiveRate, n);
            for (var i = 0; i < ones; i++)
            {
                labels[i] = 1;
            }
        }

        DataRandom.Shuffle(labels.AsSpan(), random);
        var features = new float[n * d];
        for (var i = 0; i < n; i++)
        {
            // Class means at ±separation/2 along the direction: their distance is `separation` standard deviations.
            var offset = (labels[i] == 1 ? 0.5 : -0.5) * options.Separation;
            for (var j = 0; j < d; j++)
            {
                features[(i * d) + j] = (float)((offset * direction[j]) + DataRandom.Gaussian(random));
            }
        }

        return new SampleSet(features, d, labels);
    }
}
