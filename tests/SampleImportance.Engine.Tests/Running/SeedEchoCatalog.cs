using SampleImportance.Abstractions;
using SampleImportance.Hosting;

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

    public IReadOnlyList<EstimatorDescriptor> Estimators { get; } =
        [new(Estimator, "Echoes its seed.", EstimatorRequirements.None, ValueUnits.Rows, [])];

    public IReadOnlyList<ModelDescriptor> Models { get; } =
        [new(Model, "Predicts the mean training label.", ModelCapabilities.None, PredictionKind.Score, "mse", [])];

    public IReadOnlyList<PluginInfo> Plugins { get; } =
        [new("Test.SeedEcho", "1.0.0", "/tmp/Test.SeedEcho.dll", new string('0', 64), PluginContract.Version, [Estimator], [Model])];

    public IEstimator CreateEstimator(string id) => id == Estimator ? new SeedEcho() : throw new KeyNotFoundException(id);

    public IModelFactory GetModelFactory(string id) => id == Model ? new MeanFactory() : throw new KeyNotFoundException(id);

    private sealed class SeedEcho : IEstimator
    {
        public EstimatorDescriptor Describe() => new(Estimator, "Echoes its seed.", EstimatorRequirements.None, ValueUnits.Rows, []);

        public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
            Task.FromResult(new ImportanceResult([.. Enumerable.Range(0, context.Units.Count).Select(i => context.Seed + i / 1000.0)]));
    }

    private sealed class MeanFactory : IModelFactory
    {
        public ModelDescriptor Describe() => new(Model, "Predicts the mean training label.", ModelCapabilities.None, PredictionKind.Score, "mse", []);

        public IModel Create(ModelContext context) => new MeanModel();
    }

    private sealed class MeanModel : IModel
    {
        private double _mean;

        public int Outputs => 1;

        public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
        {
            double sum = 0;
            foreach (var row in rows)
            {
                sum += data.Labels[row];
            }

            _mean = rows.Length == 0 ? 0 : sum / rows.Length;
        }

        public void Predict(SampleSet data, Span<double> predictions) => predictions.Fill(_mean);
    }
}
