using SampleImportance.Abstractions;
using SampleImportance.Hosting;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Reporting.Tests.Setup;

/// <summary>
/// Plugins with parameter defaults, so a run's recorded setup can be checked for them: estimator <c>ranked</c>
/// (<c>k</c> default 5, <c>mode</c> default fast; rows or groups; values = unit index) and model <c>prior</c>
/// (<c>smoothing</c> default 0; class frequencies of the fitted rows).
/// </summary>
internal sealed class SetupCatalog : IPluginCatalog
{
    private static readonly EstimatorDescriptor Ranked = new(
        "ranked",
        "Values each unit by its index.",
        EstimatorRequirements.None,
        ValueUnits.Rows | ValueUnits.Groups,
        [
            new ParameterDescriptor("k", ParameterKind.Integer, "5", "Unused (default 5).", Minimum: 1),
            new ParameterDescriptor("mode", ParameterKind.Text, "fast", "Unused (default fast).", AllowedValues: ["fast", "exact"]),
        ]);

    private static readonly PriorModelFactory Prior = new();

    public IReadOnlyList<EstimatorDescriptor> Estimators { get; } = [Ranked];

    public IReadOnlyList<ModelDescriptor> Models { get; } = [Prior.Describe()];

    public IReadOnlyList<PluginInfo> Plugins { get; } =
        [new("Test.Setup", "1.0.0", "/tmp/Test.Setup.dll", new string('0', 64), PluginContract.Version, ["ranked"], [PriorModelFactory.Id])];

    public IEstimator CreateEstimator(string id) => id == Ranked.Id ? new RankedEstimator() : throw new KeyNotFoundException(id);

    public IModelFactory GetModelFactory(string id) => id == PriorModelFactory.Id ? Prior : throw new KeyNotFoundException(id);

    private sealed class RankedEstimator : IEstimator
    {
        public EstimatorDescriptor Describe() => Ranked;

        public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
            Task.FromResult(new ImportanceResult([.. Enumerable.Range(0, context.Units.Count).Select(i => (double)i)]));
    }
}
