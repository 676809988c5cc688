using SampleImportance.Abstractions;
using SampleImportance.Hosting;

namespace SampleImportance.Engine.Tests.Running;

/// <summary>Real, tiny plugins for runner tests: a mean model and estimators that behave, throw, spend budgets or hang.</summary>
internal sealed class RunnerCatalog : IPluginCatalog
{
    private readonly Dictionary<string, Func<IEstimator>> _estimators = new(StringComparer.Ordinal)
    {
        ["label"] = () => new DelegateEstimator("label", EstimatorRequirements.None, (c, _) => c.Train.Labels.ToArray()),
        ["noisy-aware"] = () => new DelegateEstimator("noisy-aware", EstimatorRequirements.None, (c, _) => Enumerable.Range(0, c.Train.Count).Select(i => (double)i).ToArray()),
        ["throwing"] = () => new DelegateEstimator("throwing", EstimatorRequirements.None, (_, _) => throw new InvalidOperationException("boom")),
        ["utility-spender"] = () => new DelegateEstimator("utility-spender", EstimatorRequirements.Retraining, (c, _) =>
        {
            var values = new double[c.Train.Count];
            for (var i = 0; i < c.Train.Count; i++)
            {
                values[i] = c.Utility.Evaluate([i]);
            }

            return values;
        }),
        ["hanging"] = () => new DelegateEstimator("hanging", EstimatorRequirements.None, (_, token) =>
        {
            Task.Delay(Timeout.Infinite, token).GetAwaiter().GetResult();
            return [];
        }),
    };

    public int EstimatorsCreated { get; private set; }

    public IReadOnlyList<EstimatorDescriptor> Estimators => _estimators.Keys.Select(k => _estimators[k]().Describe()).ToList();

    public IReadOnlyList<ModelDescriptor> Models { get; } = [new MeanModelFactory().Describe()];

    public IReadOnlyList<PluginInfo> Plugins { get; } = [new("Test.Plugins", "1.0.0", "/tmp/Test.Plugins.dll", new string('0', 64), 1, ["label"], ["mean"])];

    public IEstimator CreateEstimator(string id)
    {
        EstimatorsCreated++;
        return _estimators[id]();
    }

    public IModelFactory GetModelFactory(string id) => id == "mean" ? new MeanModelFactory() : throw new KeyNotFoundException(id);

    private sealed class DelegateEstimator(string id, EstimatorRequirements requirements, Func<EstimationContext, CancellationToken, double[]> run) : IEstimator
    {
        public string Id => id;

        public EstimatorDescriptor Describe() => new(id, "test", requirements, []);

        public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
            Task.FromResult(new ImportanceResult(run(context, cancellationToken), utilityEvaluations: context.Utility.Evaluations));
    }

    private sealed class MeanModelFactory : IModelFactory
    {
        public string Id => "mean";

        public ModelDescriptor Describe() => new("mean", "Predicts the mean training label.", ModelCapabilities.None, ["accuracy"], []);

        public IModel Create(PluginParameters parameters) => new MeanModel();
    }

    private sealed class MeanModel : IModel
    {
        private double _mean = 0.5;

        public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
        {
            double sum = 0;
            foreach (var r in rows)
            {
                sum += data.Labels[r];
            }

            _mean = rows.Length == 0 ? 0.5 : sum / rows.Length;
        }

        public void Predict(SampleSet data, Span<double> scores) => scores.Fill(_mean);

        public double Score(SampleSet data, string metric)
        {
            var predicted = _mean >= 0.5 ? 1.0 : 0.0;
            var hits = 0;
            foreach (var label in data.Labels)
            {
                hits += label == predicted ? 1 : 0;
            }

            return data.Count == 0 ? 0 : hits / (double)data.Count;
        }
    }
}
