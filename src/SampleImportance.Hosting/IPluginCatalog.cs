using SampleImportance.Abstractions;

namespace SampleImportance.Hosting;

/// <summary>The plugins a run may use. Implemented by the host (SampleImportance.Hosting) and by test fakes.</summary>
public interface IPluginCatalog
{
    IReadOnlyList<EstimatorDescriptor> Estimators { get; }

    IReadOnlyList<ModelDescriptor> Models { get; }

    /// <summary>Provenance of every loaded plugin assembly, for run.json.</summary>
    IReadOnlyList<PluginInfo> Plugins { get; }

    /// <summary>A fresh estimator instance (one per cell, so cells never share state).</summary>
    /// <exception cref="KeyNotFoundException">No estimator has that id.</exception>
    IEstimator CreateEstimator(string id);

    /// <exception cref="KeyNotFoundException">No model has that id.</exception>
    IModelFactory GetModelFactory(string id);
}
