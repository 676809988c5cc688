namespace SampleImportance.Abstractions;

/// <summary>A trainable model. Models fit and predict; they never score themselves (see <see cref="IMetric"/>). Not shared between threads.</summary>
public interface IModel
{
    /// <summary>Columns <see cref="Predict"/> writes per row: 1 for a score, the class count for <see cref="PredictionKind.ClassScores"/>.</summary>
    int Outputs { get; }

    /// <summary>
    /// Fits on <paramref name="rows"/> of <paramref name="data"/>, from scratch (deterministic given the model's seed),
    /// or starting from <paramref name="warmStart"/>'s parameters when the model supports
    /// <see cref="ModelCapabilities.WarmStart"/> and it is a fitted model of the same kind.
    /// </summary>
    /// <param name="data">The whole training table (class count and id columns come from it).</param>
    /// <param name="rows">Rows to fit on, ascending; may be empty (the model then predicts a constant).</param>
    /// <param name="weights">Empty for uniform weights, else one weight per entry of <paramref name="rows"/>.</param>
    /// <param name="warmStart">A fitted model to start from, or null.</param>
    void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null);

    /// <summary>Writes <see cref="Outputs"/> values per row of <paramref name="data"/>, row-major.</summary>
    /// <param name="data">Rows to predict.</param>
    /// <param name="predictions">Destination, <paramref name="data"/>.Count × <see cref="Outputs"/> long.</param>
    void Predict(SampleSet data, Span<double> predictions);
}
