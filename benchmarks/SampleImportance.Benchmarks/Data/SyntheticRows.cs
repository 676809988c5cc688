namespace SampleImportance.Benchmarks.Data;

/// <summary>
/// Deterministic two-class data for the KNN benchmarks. Features are Gaussian, rounded to multiples of 1/32 and
/// clipped to [-4, 4): on that dyadic grid every squared distance is exact in float32 and float64, whichever way it
/// is summed (direct differences here, the ‖a‖² − 2a·b + ‖b‖² expansion in numpy), so our ordering and the peer's are
/// identical, ties included, and the agreement check can be strict instead of being blurred by near-tie swaps.
/// </summary>
internal static class SyntheticRows
{
    /// <summary>Grid step of every feature value.</summary>
    public const float Step = 1f / 32f;

    /// <summary>Bumped whenever the generator changes, so cached files from an older generator are never reused.</summary>
    public const int GeneratorVersion = 1;

    /// <summary>Draws <paramref name="rows"/> rows of <paramref name="featureCount"/> features from <paramref name="random"/>.
    /// The label is 1 when the first four features plus noise sum above zero, so neighbours carry signal.</summary>
    public static LabelledRows Create(int rows, int featureCount, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var features = new float[(long)rows * featureCount];
        var labels = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            var signal = 0.0;
            for (var j = 0; j < featureCount; j++)
            {
                var value = Quantize(Gaussian(random));
                features[((long)r * featureCount) + j] = value;
                if (j < 4)
                {
                    signal += value;
                }
            }

            labels[r] = signal + (2.0 * Gaussian(random)) > 0 ? 1.0 : 0.0;
        }

        return new LabelledRows(features, featureCount, labels);
    }

    private static float Quantize(double value)
    {
        var steps = Math.Clamp(Math.Round(value / Step), -128, 127);
        return (float)(steps * Step);
    }

    // Box–Muller: only the seeded Random is consumed, so the same seed gives the same rows everywhere.
    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
