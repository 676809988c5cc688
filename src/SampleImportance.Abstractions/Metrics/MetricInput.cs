namespace SampleImportance.Abstractions;

/// <summary>What a metric computes from: a model's outputs for some rows, and those rows' labels, groups and weights.</summary>
public readonly ref struct MetricInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="predictions">Row-major outputs, labels.Length × <paramref name="outputs"/>.</param>
    /// <param name="outputs">Columns per row (<see cref="IModel.Outputs"/>).</param>
    /// <param name="labels">One label per row.</param>
    /// <param name="groups">One group id per row, or empty.</param>
    /// <param name="weights">One weight per row, or empty for uniform weights.</param>
    public MetricInput(ReadOnlySpan<double> predictions, int outputs, ReadOnlySpan<double> labels, ReadOnlySpan<int> groups, ReadOnlySpan<double> weights)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(outputs, 1);
        if (predictions.Length != labels.Length * outputs)
        {
            throw new ArgumentException($"Expected {labels.Length} × {outputs} predictions, got {predictions.Length}.", nameof(predictions));
        }

        if (!groups.IsEmpty && groups.Length != labels.Length)
        {
            throw new ArgumentException("Expected one group id per row.", nameof(groups));
        }

        if (!weights.IsEmpty && weights.Length != labels.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        Predictions = predictions;
        Outputs = outputs;
        Labels = labels;
        Groups = groups;
        Weights = weights;
    }

    /// <summary>Row-major outputs, <see cref="Count"/> × <see cref="Outputs"/>.</summary>
    public ReadOnlySpan<double> Predictions { get; }

    /// <summary>Columns per row.</summary>
    public int Outputs { get; }

    /// <summary>One label per row.</summary>
    public ReadOnlySpan<double> Labels { get; }

    /// <summary>One group id per row, or empty.</summary>
    public ReadOnlySpan<int> Groups { get; }

    /// <summary>One weight per row, or empty.</summary>
    public ReadOnlySpan<double> Weights { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Labels.Length;

    /// <summary>The outputs of one row.</summary>
    /// <param name="row">Row in [0, <see cref="Count"/>).</param>
    public ReadOnlySpan<double> Row(int row) => Predictions.Slice(row * Outputs, Outputs);
}
