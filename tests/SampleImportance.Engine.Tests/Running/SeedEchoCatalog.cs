using SampleImportance.Abstractions;
using SampleImportance.Hosting;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Engine.Tests.Running;

/// <summary>
/// A v2 catalog for the estimator-seed and values tests: estimator <c>seed-echo</c> returns, for unit i,
/// <c>context.Seed + i / 1000</c>, so a cell's values show exactly which estimator seed the pipeline gave it; a
/// <c>mean</c> model predicts the mean training label (one score per row, metric <c>mse</c>).
/// </summary>
internal sealed class SeedEchoCatalog : IPluginCatalog
{
    public const string Estimator = "seed-echo";
    public const string Model = "mean";

    private static readonly MeanScoreModelFactory Mean = new(Model, "Predicts the mean training label.");

    public IReadOnlyList<EstimatorDescriptor> Estimators { get; } =
        [new(Estimator, "Echoes its seed.", EstimatorRequirements.None, ValueUnits.Rows, [])];

    public IReadOnlyList<ModelDescriptor> Models { get; } = [Mean.Describe()];

    public IReadOnlyList<PluginInfo> Plugins { get; } =
        [new("Test.SeedEcho", "1.0.0", "/tmp/Test.SeedEcho.dll", new string('0', 64), PluginContract.Version, [Estimator], [Model])];

    public IEstimator CreateEstimator(string id) => id == Estimator ? new SeedEcho() : throw new KeyNotFoundException(id);

    public IModelFactory GetModelFactory(string id) => id == Model ? Mean : throw new KeyNotFoundException(id);

    private sealed class SeedEcho : IEstimator
    {
        public EstimatorDescriptor Describe() => new(Estimator, "Echoes its seed.", EstimatorRequirements.None, ValueUnits.Rows, []);

        public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
            Task.FromResult(new ImportanceResult([.. Enumerable.Range(0, context.Units.Count).Select(i => context.Seed + i / 1000.0)]));
    }
}
