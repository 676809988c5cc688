using SampleImportance.Abstractions;
using SampleImportance.Hosting;

namespace SampleImportance.Engine.Tests.Support;

/// <summary>A plugin catalog over in-memory estimators and model factories: a fresh estimator per call, as the host gives.</summary>
internal sealed class TestCatalog : IPluginCatalog
{
    private readonly Dictionary<string, Func<IEstimator>> _estimators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IModelFactory> _models = new(StringComparer.Ordinal);

    public TestCatalog(IEnumerable<Func<IEstimator>> estimators, IEnumerable<IModelFactory> models)
    {
        foreach (var create in estimators)
        {
            _estimators.Add(create().Describe().Id, create);
        }

        foreach (var factory in models)
        {
            _models.Add(factory.Describe().Id, factory);
        }
    }

    public int EstimatorsCreated { get; private set; }

    public IReadOnlyList<EstimatorDescriptor> Estimators => _estimators.Values.Select(create => create().Describe()).ToList();

    public IReadOnlyList<ModelDescriptor> Models => _models.Values.Select(f => f.Describe()).ToList();

    public IReadOnlyList<PluginInfo> Plugins =>
        [new("Test.Plugins", "1.0.0", "/tmp/Test.Plugins.dll", new string('0', 64), PluginContract.Version, [.. _estimators.Keys], [.. _models.Keys])];

    public IEstimator CreateEstimator(string id)
    {
        EstimatorsCreated++;
        return _estimators.TryGetValue(id, out var create) ? create() : throw new KeyNotFoundException(id);
    }

    public IModelFactory GetModelFactory(string id) => _models.TryGetValue(id, out var factory) ? factory : throw new KeyNotFoundException(id);
}
