using SampleImportance.Abstractions;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Sdk.Tests.Games;

/// <summary>The oracle: the kit's enumeration of all subsets, weighted by the SDK's own semivalue coefficients.</summary>
internal static class ExactSemivalue
{
    public static double[] Values(IUtility utility, ISemivalue semivalue) =>
        ExactValues.Semivalue(utility, (n, size) => SemivalueCoefficients.Weight(semivalue, n, size));
}
