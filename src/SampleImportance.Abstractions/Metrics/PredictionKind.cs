namespace SampleImportance.Abstractions;

/// <summary>The shape of a model's outputs (see <see cref="IModel.Outputs"/>), so the host pairs models and metrics that fit.</summary>
public enum PredictionKind
{
    /// <summary>One score per row: a regression value or a ranking score.</summary>
    Score,

    /// <summary>One column per class (<see cref="SampleSet.ClassCount"/>): class scores or probabilities, column c for label c.</summary>
    ClassScores,
}
