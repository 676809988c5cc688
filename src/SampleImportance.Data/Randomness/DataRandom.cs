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

    /// <summary>The indices of positive <paramref name="weights"/> in a random order where heavier ones tend to come
    /// first: sorted by Efraimidis–Spirakis keys ln(u)/w, so any prefix is a weighted draw without replacement. One
    /// uniform is drawn per index (zero weights included) and ties fall to the lower index, so the order depends on the
    /// weights and the seed alone.</summary>
    public static int[] WeightedOrder(IReadOnlyList<double> weights, Random random)
    {
        var keys = new List<(double Key, int Index)>();
        for (var i = 0; i < weights.Count; i++)
        {
            var u = random.NextDouble();
            if (weights[i] > 0)
            {
                keys.Add((Math.Log(u) / weights[i], i));
            }
        }

        keys.Sort((a, b) => a.Key != b.Key ? b.Key.CompareTo(a.Key) : a.Index.CompareTo(b.Index));
        return [.. keys.Select(k => k.Index)];
    }

    /// <summary><paramref name="count"/> distinct indices drawn with probability proportional to positive
    /// <paramref name="weights"/>, without replacement (<see cref="WeightedOrder"/>), in ascending order.</summary>
    public static int[] ChooseWeighted(IReadOnlyList<double> weights, int count, Random random)
    {
        var chosen = WeightedOrder(weights, random).Take(count).ToArray();
        Array.Sort(chosen);
        return chosen;
    }

    /// <summary>round(rate × n), halves away from zero, as the corruption and split docs promise.</summary>
    public static int RoundCount(double rate, int n) => (int)Math.Round(rate * n, MidpointRounding.AwayFromZero);
}
