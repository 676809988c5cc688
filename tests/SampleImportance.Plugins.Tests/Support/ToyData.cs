using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Seeded toy binary classification data.</summary>
internal static class ToyData
{
    /// <summary>
    /// Two Gaussian blobs: label ~ Bernoulli(½), features = (2·label − 1)·separation/2 on the first feature plus
    /// unit noise on every feature. With <paramref name="integerGrid"/> features are rounded, which creates
    /// many exact distance ties.
    /// </summary>
    public static SampleSet Blobs(int count, int features, int seed, double separation = 2.0, bool integerGrid = false)
    {
        var random = new System.Random(seed);
        var x = new float[count * features];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            y[i] = random.Next(2);
            for (var f = 0; f < features; f++)
            {
                var value = Gaussian(random) + (f == 0 ? ((2 * y[i]) - 1) * separation / 2 : 0.0);
                x[(i * features) + f] = integerGrid ? MathF.Round((float)value) : (float)value;
            }
        }

        return new SampleSet(x, features, y);
    }

    /// <summary>A copy of <paramref name="data"/> with the labels of <paramref name="rows"/> flipped (0 ↔ 1).</summary>
    public static SampleSet FlipLabels(SampleSet data, IEnumerable<int> rows)
    {
        var labels = data.Labels.ToArray();
        foreach (var row in rows)
        {
            labels[row] = 1 - labels[row];
        }

        return data.WithLabels(labels);
    }

    /// <summary>Appends copies of the given rows at the end.</summary>
    public static SampleSet WithDuplicates(SampleSet data, params int[] rows)
    {
        var all = Enumerable.Range(0, data.Count).Concat(rows).ToArray();
        return data.Select(all);
    }

    /// <summary>A copy of <paramref name="data"/> with an id column (e.g. <c>session</c>), one id per row.</summary>
    public static SampleSet WithIdColumn(SampleSet data, string name, int[] ids) => new(
        data.Features.ToArray(),
        data.FeatureCount,
        data.Labels.ToArray(),
        columns: new Dictionary<string, int[]> { [name] = ids });

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Gaussian(System.Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
