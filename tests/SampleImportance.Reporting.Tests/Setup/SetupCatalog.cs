using SampleImportance.Abstractions;
using SampleImportance.Hosting;

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

    private static readonly ModelDescriptor Prior = new(
        "prior",
        "Class frequencies of the fitted rows.",
        ModelCapabilities.None,
        PredictionKind.ClassScores,
        "accuracy",
        [new ParameterDescriptor("smoothing", ParameterKind.Number, "0", "Added to every class count (default 0).", Minimum: 0)]);

    public IReadOnlyList<EstimatorDescriptor> Estimators { get; } = [Ranked];

    public IReadOnlyList<ModelDescriptor> Models { get; } = [Prior];

    public IReadOnlyList<PluginInfo> Plugins { get; } =
        [new("Test.Setup", "1.0.0", "/tmp/Test.Setup.dll", new string('0', 64), PluginContract.Version, ["ranked"], ["prior"])];

    public IEstimator CreateEstimator(string id) => id == Ranked.Id ? new RankedEstimator() : throw new KeyNotFoundException(id);

    public IModelFactory GetModelFactory(string id) => id == Prior.Id ? new PriorFactory() : throw new KeyNotFoundException(id);

    private sealed class RankedEstimator : IEstimator
    {
        public EstimatorDescriptor Describe() => Ranked;

        public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
            Task.FromResult(new ImportanceResult([.. Enumerable.Range(0, context.Units.Count).Select(i => (double)i)]));
    }

    private sealed class PriorFactory : IModelFactory
    {
        public ModelDescriptor Describe() => Prior;

        public IModel Create(ModelContext context) => new PriorModel(context.Parameters.GetDouble("smoothing", 0));
    }

    private sealed class PriorModel(double smoothing) : IModel
    {
        private double[] _scores = [0.5, 0.5];

        public int Outputs => _scores.Length;

        public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
        {
            var counts = new double[Math.Max(2, data.ClassCount)];
            Array.Fill(counts, smoothing);
            foreach (var row in rows)
            {
                counts[(int)data.Labels[row]]++;
            }

            var total = counts.Sum();
            _scores = total == 0 ? [.. counts.Select(_ => 1.0 / counts.Length)] : [.. counts.Select(c => c / total)];
        }

        public void Predict(SampleSet data, Span<double> predictions)
        {
            for (var row = 0; row < data.Count; row++)
            {
                _scores.CopyTo(predictions.Slice(row * _scores.Length, _scores.Length));
            }
        }
    }
}
