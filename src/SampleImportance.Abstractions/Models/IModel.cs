namespace SampleImportance.Abstractions;

/// <summary>A trainable model. Instances are not shared between threads.</summary>
public interface IModel
{
    /// <summary>
    /// Fits on <paramref name="rows"/> of <paramref name="data"/>, from scratch (deterministic), or
    /// starting from <paramref name="warmStart"/>'s parameters when the model supports
    /// <see cref="ModelCapabilities.WarmStart"/> and it is a fitted model of the same kind.
    /// </summary>
    /// <param name="data">The training table.</param>
    /// <param name="rows">Rows to fit on; may be empty (the model then predicts a constant).</param>
    /// <param name="weights">Empty for uniform weights, else one weight per entry of <paramref name="rows"/>.</param>
    /// <param name="warmStart">A fitted model to start from, or null.</param>
    void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null);

    /// <summary>Writes one score per row of <paramref name="data"/>: P(label = 1) for binary models.</summary>
    /// <param name="data">Rows to predict.</param>
    /// <param name="scores">Destination, <paramref name="data"/>.Count long.</param>
    void Predict(SampleSet data, Span<double> scores);

    /// <summary>The fitted model's utility on <paramref name="data"/>, higher = better.</summary>
    /// <param name="data">Rows to score.</param>
    /// <param name="metric">A metric id from <see cref="ModelDescriptor.Metrics"/>.</param>
    double Score(SampleSet data, string metric);
}
