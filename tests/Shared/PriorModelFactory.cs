using SampleImportance.Abstractions;

namespace SampleImportance.Tests.Shared;

/// <summary>
/// <c>prior</c>: a classifier whose class scores are the class frequencies of the rows it was fitted on (its
/// <c>smoothing</c> parameter, default 0, is added to every count). Records the seed of every model it creates.
/// </summary>
internal sealed class PriorModelFactory(List<int>? seeds = null) : IModelFactory
{
    public const string Id = "prior";

    public ModelDescriptor Describe() => new(
        Id,
        "Class frequencies of the fitted rows.",
        ModelCapabilities.None,
        PredictionKind.ClassScores,
        "accuracy",
        [new ParameterDescriptor("smoothing", ParameterKind.Number, "0", "Added to every class count (default 0).", Minimum: 0, Maximum: 10)]);

    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (seeds is not null)
        {
            lock (seeds)
            {
                seeds.Add(context.Seed);
            }
        }

        return new PriorModel(context.Parameters.GetDouble("smoothing", 0));
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
            _scores = total == 0 ? counts.Select(_ => 1.0 / counts.Length).ToArray() : counts.Select(c => c / total).ToArray();
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
