namespace SampleImportance.Plugins.Estimators.RowScores;

/// <summary>Reads a class label as the column of its score in a classifier's outputs.</summary>
internal static class ClassColumn
{
    /// <summary>The label as a column index; throws when it is not one of the model's classes.</summary>
    public static int Of(double label, int outputs, int row) =>
        label >= 0 && label < outputs && label == Math.Floor(label)
            ? (int)label
            : throw new InvalidOperationException($"Row {row}'s label {label} is not one of the model's {outputs} classes.");
}
