using SampleImportance.Abstractions;

namespace SampleImportance.Hosting;

/// <summary>The types a plugin's load context takes from the host instead of loading its own copy.</summary>
internal static class ContractTypes
{
    /// <summary>
    /// Every public type of the contract and SDK assemblies, so a cast of a plugin's <see cref="IEstimator"/> to the
    /// host's works; taken from the assembly itself so the list cannot fall behind the contract.
    /// </summary>
    public static Type[] All { get; } =
    [
        .. typeof(IEstimator).Assembly.GetExportedTypes(),

        // The plugin SDK is shared too: plugins reference it without copying it, like the contract.
        .. typeof(SampleImportance.Sdk.MonteCarlo.SemivalueMonteCarlo).Assembly.GetExportedTypes(),
    ];
}
