using SampleImportance.Abstractions;

namespace SampleImportance.Tests.Shared;

/// <summary>
/// <c>mean-score</c> (or the id given): one score per row, the mean label of the fitted rows (0 when none), like a
/// regressor would (default metric <c>mse</c>).
/// </summary>
internal sealed class MeanScoreModelFactory(string id = MeanScoreModelFactory.Id, string description = "Mean training label.") : IModelFactory
{
    public const string Id = "mean-score";

    public ModelDescriptor Describe() => new(id, description, ModelCapabilities.None, PredictionKind.Score, "mse", []);

    public IModel Create(ModelContext context) => new MeanScoreModel();

    private sealed class MeanScoreModel : IModel
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

            _mean = rows.IsEmpty ? 0 : sum / rows.Length;
        }

        public void Predict(SampleSet data, Span<double> predictions) => predictions.Fill(_mean);
    }
}
