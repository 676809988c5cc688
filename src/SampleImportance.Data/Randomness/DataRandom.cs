using SampleImportance.Abstractions;

namespace SampleImportance.Data.Randomness;

/// <summary>Seeded randomness for data generation, splitting and corruption. Only <see cref="Random.Next(int)"/>
/// and <see cref="Random.NextDouble"/> are used, whose seeded sequences .NET keeps stable across versions.</summary>
internal static class DataRandom
{
    /// <summary>A generator for one stage (a <see cref="SeedStreams"/> id), derived from the run seed (<see cref="SeedMixer"/>).</summary>
    public static Random ForStream(int seed, int stream) => new(SeedMixer.Mix(seed, stream));

    /// <summary>A standard normal draw (Box–Muller; one of the pair is discarded to keep the state simple).</summary>
    public static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble(); // (0, 1]: keeps the logarithm finite
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public static void Shuffle<T>(Span<T> items, Random random)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary><paramref name="count"/> distinct indices drawn uniformly from <paramref name="pool"/>, in ascending order.</summary>
    public static int[] Choose(IReadOnlyList<int> pool, int count, Random random)
    {
        var copy = pool.ToArray();
        // Partial Fisher–Yates: the first `count` slots end up a uniform sample without replacement.
        for (var i = 0; i < count; i++)
        {
            var j = i + random.Next(copy.Length - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        var chosen = copy.AsSpan(0, count).ToArray();
        Array.Sort(chosen);
        return chosen;
    }

    /// <summary>round(rate × n), halves away from zero, as the corruption and split docs promise.</summary>
    public static int RoundCount(double rate, int n) => (int)Math.Round(rate * n, MidpointRounding.AwayFromZero);
}
