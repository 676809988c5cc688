using SampleImportance.Abstractions;

namespace SampleImportance.Conformance.Reference;

/// <summary>
/// The kit's tiny seeded datasets: two well-separated Gaussian blobs in two features (class 0 around (−2, 0), class 1
/// around (+2, 0), unit-0.6 noise), some training labels flipped so those rows are obviously harmful.
/// </summary>
public static class ConformanceData
{
    /// <summary>The id column of <see cref="Train"/>'s groups: rows 2g and 2g + 1 form group g.</summary>
    public const string GroupColumn = "session";

    /// <summary>
    /// <paramref name="count"/> training rows alternating class 0 and 1, with the labels of <paramref name="flipped"/>
    /// flipped, and a <see cref="GroupColumn"/> pairing consecutive rows (a harmful row's group holds one clean row).
    /// </summary>
    /// <param name="count">Training rows.</param>
    /// <param name="flipped">Rows whose label is flipped.</param>
    /// <param name="seed">Seed of the noise.</param>
    public static SampleSet Train(int count, IReadOnlyCollection<int> flipped, int seed = 20090101)
    {
        ArgumentNullException.ThrowIfNull(flipped);
        var data = Blobs(count, seed);
        var labels = data.Labels.ToArray();
        foreach (var row in flipped)
        {
            labels[row] = 1 - labels[row];
        }

        var groups = Enumerable.Range(0, count).Select(row => row / 2).ToArray();
        return new SampleSet(data.Features.ToArray(), 2, labels, columns: new Dictionary<string, int[]> { [GroupColumn] = groups });
    }

    /// <summary>Clean rows to score the utility on.</summary>
    /// <param name="count">Rows.</param>
    /// <param name="seed">Seed of the noise.</param>
    public static SampleSet Validation(int count, int seed = 20090102) => Blobs(count, seed);

    private static SampleSet Blobs(int count, int seed)
    {
        var random = new Random(seed);
        var x = new float[count * 2];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            y[i] = i % 2;
            x[i * 2] = (float)((y[i] == 1 ? 2.0 : -2.0) + (0.6 * Gaussian(random)));
            x[(i * 2) + 1] = (float)(0.6 * Gaussian(random));
        }

        return new SampleSet(x, 2, y);
    }

    // Box–Muller: a standard normal draw from two uniforms.
    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
