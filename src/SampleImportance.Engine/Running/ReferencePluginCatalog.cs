using SampleImportance.Abstractions;
using SampleImportance.Hosting;

namespace SampleImportance.Engine.Running;

/// <summary>
/// The catalog an interleaved timing reference runs on: estimators only from the reference build (a cell whose estimator it
/// lacks gets no reference), models from the reference build when it has them, else from the run's own catalog (a team's
/// reference folder usually holds just its estimator plugin).
/// </summary>
internal sealed class ReferencePluginCatalog(IPluginCatalog reference, IPluginCatalog run) : IPluginCatalog
{
    // Merged once: the pipeline looks models up on every reference run, inside the timing loop.
    private readonly ModelDescriptor[] _models = [.. reference.Models, .. run.Models.Where(m => !reference.Models.Any(r => r.Id == m.Id))];

    public IReadOnlyList<EstimatorDescriptor> Estimators => reference.Estimators;

    public IReadOnlyList<ModelDescriptor> Models => _models;

    public IReadOnlyList<PluginInfo> Plugins => reference.Plugins;

    public IEstimator CreateEstimator(string id) => reference.CreateEstimator(id);

    public IModelFactory GetModelFactory(string id) =>
        reference.Models.Any(m => m.Id == id) ? reference.GetModelFactory(id) : run.GetModelFactory(id);
}
