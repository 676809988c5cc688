namespace SampleImportance.Abstractions;

/// <summary>Everything an estimator may use for one run. Created by the host, one per cell and seed.</summary>
public sealed class EstimationContext
{
    /// <summary>The training rows to value.</summary>
    public required SampleSet Train { get; init; }

    /// <summary>Rows the utility is scored on.</summary>
    public required SampleSet Validation { get; init; }

    /// <summary>U(S): fit the model on a subset of training rows and score it on validation (cached, counted).</summary>
    public required IUtility Utility { get; init; }

    /// <summary>Creates an untrained model of the cell's kind and parameters.</summary>
    public required Func<IModel> CreateModel { get; init; }

    /// <summary>The compute backend chosen for this run (SIMD CPU, ILGPU CUDA, ILGPU CPU simulator).</summary>
    public required IComputeBackend Compute { get; init; }

    /// <summary>The estimator's parameters, validated against its descriptor.</summary>
    public required PluginParameters Parameters { get; init; }

    /// <summary>The cell's seed: every random choice must derive from it.</summary>
    public required int Seed { get; init; }

    /// <summary>Limits for this run.</summary>
    public EstimationBudget Budget { get; init; } = EstimationBudget.Unlimited;

    /// <summary>Reports progress in [0, 1]; may be ignored.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>Writes a diagnostic line to the run log.</summary>
    public Action<string> Log { get; init; } = static _ => { };

    /// <summary>A random source seeded from <see cref="Seed"/> and <paramref name="stream"/>, so separate uses never share draws.</summary>
    /// <param name="stream">Distinguishes independent uses within one run.</param>
    public Random CreateRandom(int stream = 0) => new(unchecked((Seed * 1_000_003) ^ (stream * 7_919) ^ 0x5A17));
}
