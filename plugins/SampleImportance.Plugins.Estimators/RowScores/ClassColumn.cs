namespace SampleImportance.Plugins.Estimators.RowScores;

/// <summary>Reads a class label as the column of its score in a classifier's outputs.</summary>
internal static class ClassColumn
{
    /// <summary>The label as a column index; throws when it is not one of the model's classes.</summary>
    public static int Of(double label, int outputs, int row) =>
        label >= 0 && label < outputs && label == Math.Floor(label)
            ? (int)label
            : throw new InvalidOperationException($"Row {row}'s label {label} is not one of the model's {outputs} classes.");

    /// <summary>The top-scoring column, ties to the lower class, so it depends on nothing but the outputs.</summary>
    public static int Top(ReadOnlySpan<double> scores)
    {
        var top = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[top])
            {
                top = c;
            }
        }

        return top;
    }
}
