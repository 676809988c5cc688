using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Fitting;

/// <summary>Small checks and vector sums the Newton-fitted models (logistic regression, linear ranker) share.</summary>
internal static class FitMath
{
    public static double MaxAbs(ReadOnlySpan<double> values)
    {
        var max = 0.0;
        foreach (var v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }

    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Throws unless a span the caller passed has the expected length.</summary>
    public static void CheckLength(int actual, int expected, string name)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"Expected a span of {expected}, got {actual}.", name);
        }
    }

    /// <summary>The data's own weights of <paramref name="rows"/>, or empty (uniform) when it has none: what gradient members fit with.</summary>
    public static double[] DataWeights(SampleSet data, ReadOnlySpan<int> rows)
    {
        if (!data.HasWeights)
        {
            return [];
        }

        var weights = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            weights[i] = data.Weights[rows[i]];
        }

        return weights;
    }

    /// <summary>Entry <paramref name="i"/> of a fit's weights (1 when empty), which must be finite and non-negative.</summary>
    public static double CheckedWeight(ReadOnlySpan<double> weights, int i)
    {
        var weight = weights.IsEmpty ? 1.0 : weights[i];
        return weight >= 0 && !double.IsInfinity(weight)
            ? weight
            : throw new ArgumentException($"Weights must be finite and non-negative; entry {i} is {weight}.", nameof(weights));
    }
}
