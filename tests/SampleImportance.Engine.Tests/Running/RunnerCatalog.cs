using SampleImportance.Abstractions;
using SampleImportance.Engine.Tests.Support;
using SampleImportance.Hosting;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Engine.Tests.Running;

/// <summary>Real, tiny plugins for runner tests: a class-prior model and estimators that behave, throw, spend budgets or hang.</summary>
internal sealed class RunnerCatalog : IPluginCatalog
{
    private readonly TestCatalog _inner = new(
        [
            // Each unit's mean label: at row units, the labels themselves.
            () => new DelegateEstimator("label", EstimatorRequirements.None, (c, _) =>
                [.. Enumerable.Range(0, c.Units.Count).Select(u => MeanLabel(c.Train, c.Units.RowsOf(u)))]),
            () => new DelegateEstimator("throwing", EstimatorRequirements.None, (_, _) => throw new InvalidOperationException("boom")),
            () => new DelegateEstimator("utility-spender", EstimatorRequirements.Retraining, (c, _) =>
            {
                var values = new double[c.Units.Count];
                for (var u = 0; u < values.Length; u++)
                {
                    values[u] = c.Utility.Evaluate([u]);
                }

                return values;
            }),
            () => new DelegateEstimator("hanging", EstimatorRequirements.None, (_, token) =>
            {
                Task.Delay(Timeout.Infinite, token).GetAwaiter().GetResult();
                return [];
            }),
            () => new DelegateEstimator(
                new EstimatorDescriptor("configurable", "Declares parameters with defaults.", EstimatorRequirements.None, ValueUnits.Rows,
                [
                    new ParameterDescriptor("k", ParameterKind.Integer, "5", "Neighbours (default 5).", Minimum: 1),
                    new ParameterDescriptor("mode", ParameterKind.Text, "fast", "Mode (default fast).", AllowedValues: ["fast", "exact"]),
                ]),
                (c, _) => [.. Enumerable.Range(0, c.Units.Count).Select(i => (double)i)]),
        ],
        [new PriorModelFactory()]);

    public int EstimatorsCreated => _inner.EstimatorsCreated;

    public IReadOnlyList<EstimatorDescriptor> Estimators => _inner.Estimators;

    public IReadOnlyList<ModelDescriptor> Models => _inner.Models;

    public IReadOnlyList<PluginInfo> Plugins => _inner.Plugins;

    public IEstimator CreateEstimator(string id) => _inner.CreateEstimator(id);

    public IModelFactory GetModelFactory(string id) => _inner.GetModelFactory(id);

    private static double MeanLabel(SampleSet data, ReadOnlySpan<int> rows)
    {
        double sum = 0;
        foreach (var row in rows)
        {
            sum += data.Labels[row];
        }

        return sum / rows.Length;
    }
}
