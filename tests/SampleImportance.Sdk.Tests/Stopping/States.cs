using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Stopping;

/// <summary>Builds states as the runner would record them.</summary>
internal static class States
{
    public static MonteCarloState With(long updates, double[] values, double[]? errors = null, long evaluations = 0)
    {
        var state = new MonteCarloState(values.Length);
        state.Record(updates, evaluations, values, errors ?? values.Select(_ => 0.0).ToArray());
        return state;
    }

    /// <summary>Records <paramref name="values"/> as update <paramref name="updates"/> into an existing state.</summary>
    public static MonteCarloState Next(this MonteCarloState state, long updates, double[] values)
    {
        state.Record(updates, 0, values, new double[values.Length]);
        return state;
    }
}
