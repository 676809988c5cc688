namespace SampleImportance.Plugins.Estimators.GradientScores;

/// <summary>Dense vector sums the gradient-based estimators share.</summary>
internal static class VectorMath
{
    /// <summary>Σ aᵢbᵢ, in order.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>‖a‖₂.</summary>
    public static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));
}
