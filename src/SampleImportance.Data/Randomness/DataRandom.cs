namespace SampleImportance.Data.Randomness;

/// <summary>Seeded randomness for data generation, splitting and corruption. Only <see cref="Random.Next(int)"/>
/// and <see cref="Random.NextDouble"/> are used, whose seeded sequences .NET keeps stable across versions.</summary>
internal static class DataRandom
{
    /// <summary>Stream ids: each stage gets its own generator so changing one stage (say, the corruption)
    /// leaves the others' numbers unchanged.</summary>
    public const int GenerateStream = 1;
    public const int SplitStream = 2;
    public const int CorruptStream = 3;

    /// <summary>A generator for one stage, derived from the run seed by SplitMix64 mixing.</summary>
    public static Random ForStream(int seed, int stream)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ (uint)stream) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new Random((int)(z & 0x7FFFFFFF));
    }

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
