using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Estimators.TracIn;

/// <summary>
/// A test model whose fit records two checkpoints with known gradients: at checkpoint t the gradient of row r is
/// sₜ·(x_r, 2y_r − 1), with (s, η) = (1, 0.5) then (2, 0.25), so TracIn's sums can be written out by hand.
/// </summary>
internal sealed class ScaledFeatureGradientModelFactory : IModelFactory
{
    public ModelDescriptor Describe() => new(
        "scaled-feature-gradients",
        "Gradients are scaled features and a label sign.",
        ModelCapabilities.Gradients | ModelCapabilities.Checkpoints,
        PredictionKind.ClassScores,
        "accuracy",
        []);

    public IModel Create(ModelContext context) => new Model(1.0, [new(1, 0.5, new Model(1.0, [])), new(2, 0.25, new Model(2.0, []))]);

    private sealed class Model(double scale, IReadOnlyList<TrainingCheckpoint> checkpoints) : IGradientModel
    {
        public int Outputs => 2;

        public int ParameterCount { get; private set; } = 3;

        public IReadOnlyList<TrainingCheckpoint> Checkpoints => checkpoints;

        public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null) =>
            ParameterCount = data.FeatureCount + 1;

        public void Predict(SampleSet data, Span<double> predictions) => predictions.Fill(0.5);

        public void CopyParameters(Span<double> destination) => destination.Fill(scale);

        public void LossGradients(SampleSet data, ReadOnlySpan<int> rows, Span<double> gradients)
        {
            var p = data.FeatureCount + 1;
            for (var i = 0; i < rows.Length; i++)
            {
                var row = data.Row(rows[i]);
                for (var f = 0; f < row.Length; f++)
                {
                    gradients[(i * p) + f] = scale * row[f];
                }

                gradients[(i * p) + p - 1] = scale * ((2 * data.Labels[rows[i]]) - 1);
            }
        }

        public void HessianVectorProduct(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> vector, Span<double> product) =>
            throw new NotSupportedException();

        public bool TryComputeHessian(SampleSet data, ReadOnlySpan<int> rows, Span<double> hessian) => false;
    }
}
