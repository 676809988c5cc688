namespace SampleImportance.Abstractions;

/// <summary>What a model is created with: its bound parameters, its seed and the compute backend.</summary>
public sealed class ModelContext
{
    /// <summary>Parameters checked against <see cref="ModelDescriptor.Parameters"/>, every default filled in.</summary>
    public required PluginParameters Parameters { get; init; }

    /// <summary>The model's own seed (the host's model stream): every random choice in fitting derives from it.</summary>
    public required int Seed { get; init; }

    /// <summary>The run's compute backend, for distances and dot products.</summary>
    public required IComputeBackend Compute { get; init; }
}
