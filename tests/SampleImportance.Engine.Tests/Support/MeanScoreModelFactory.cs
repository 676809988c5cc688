using SampleImportance.Abstractions;

namespace SampleImportance.Engine.Tests.Support;

/// <summary><c>mean-score</c>: one score per row, the mean training label (default metric <c>mse</c>).</summary>
internal sealed class MeanScoreModelFactory : IModelFactory
{
    public const string Id = "mean-score";

    public ModelDescriptor Describe() => new(Id, "Mean training label.", ModelCapabilities.None, PredictionKind.Score, "mse", []);

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
