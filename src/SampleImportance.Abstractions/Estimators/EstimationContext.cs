namespace SampleImportance.Abstractions;

/// <summary>Everything an estimator may use for one run. Created by the host, one per cell, seed and estimator seed.</summary>
public sealed class EstimationContext
{
    /// <summary>The training rows.</summary>
    public required SampleSet Train { get; init; }

    /// <summary>Rows the utility is scored on.</summary>
    public required SampleSet Validation { get; init; }

    /// <summary>The units to value (rows, or groups of an id column); the result has one value per unit.</summary>
    public required UnitPartition Units { get; init; }

    /// <summary>U(S) over subsets of units: the model fitted on their rows, scored on validation (cached, counted by the host).</summary>
    public required IUtility Utility { get; init; }

    /// <summary>The cell's model kind: capabilities, outputs, parameters.</summary>
    public required ModelDescriptor Model { get; init; }

    /// <summary>Creates an untrained model of the cell's kind, parameters, model seed and backend.</summary>
    public required Func<IModel> CreateModel { get; init; }

    /// <summary>The compute backend chosen for this run (SIMD CPU, ILGPU CUDA, ILGPU CPU simulator).</summary>
    public required IComputeBackend Compute { get; init; }

    /// <summary>The estimator's parameters, checked against its descriptor with every default filled in.</summary>
    public required PluginParameters Parameters { get; init; }

    /// <summary>The estimator's seed, derived by the host from the cell's seed and estimator seed: every random choice must derive from it.</summary>
    public required int Seed { get; init; }

    /// <summary>Limits for this run.</summary>
    public EstimationBudget Budget { get; init; } = EstimationBudget.Unlimited;

    /// <summary>Reports progress in [0, 1]; may be ignored.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>Writes a diagnostic line to the run log.</summary>
    public Action<string> Log { get; init; } = static _ => { };

    /// <summary>
    /// An independent random stream: seeded by a SplitMix64 hash of <see cref="Seed"/> and <paramref name="stream"/>, so
    /// separate uses never share draws and the same seed always gives the same numbers.
    /// </summary>
    /// <param name="stream">Distinguishes independent uses within one run.</param>
    public Random CreateRandom(int stream = 0) => new(SeedMixer.Mix(Seed, stream));
}
