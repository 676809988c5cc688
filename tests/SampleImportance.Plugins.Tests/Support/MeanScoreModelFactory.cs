using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>A one-score model for tests: predicts the mean label of the fitted rows (0 when none), like a regressor would.</summary>
internal sealed class MeanScoreModelFactory : IModelFactory
{
    public ModelDescriptor Describe() => new("mean-score", "Test: predicts the fitted rows' mean label.", ModelCapabilities.None, PredictionKind.Score, "mse", []);

    public IModel Create(ModelContext context) => new MeanScoreModel();

    private sealed class MeanScoreModel : IModel
    {
        private double _mean;

        public int Outputs => 1;

        public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
        {
            var sum = 0.0;
            foreach (var row in rows)
            {
                sum += data.Labels[row];
            }

            _mean = rows.IsEmpty ? 0.0 : sum / rows.Length;
        }

        public void Predict(SampleSet data, Span<double> predictions) => predictions.Fill(_mean);
    }
}
