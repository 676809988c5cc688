using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace SampleImportance.Engine.Results;

/// <summary>Student-t quantiles for confidence intervals of a mean (Perfolizer's distribution, which BenchmarkDotNet already ships).</summary>
internal static class StudentT
{
    /// <summary>The two-sided critical value t(1 − (1 − <paramref name="confidence"/>)/2, <paramref name="degreesOfFreedom"/>).</summary>
    public static double TwoSidedCritical(double confidence, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be strictly between 0 and 1.");
        }

        return Quantile(1 - ((1 - confidence) / 2), degreesOfFreedom);
    }

    /// <summary>The <paramref name="probability"/> quantile of Student's t with the given degrees of freedom.</summary>
    public static double Quantile(double probability, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        return new StudentDistribution(degreesOfFreedom).Quantile(probability);
    }
}
