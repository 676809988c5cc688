using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Fitting;

/// <summary>Softmax and label checks the multiclass models (softmax regression, MLP) share.</summary>
internal static class ClassMath
{
    /// <summary>Replaces logits by their softmax probabilities and returns log Σ e^z (shifted by the maximum, so no overflow).</summary>
    public static double SoftmaxInPlace(Span<double> logits)
    {
        var max = double.NegativeInfinity;
        foreach (var z in logits)
        {
            max = Math.Max(max, z);
        }

        var sum = 0.0;
        for (var c = 0; c < logits.Length; c++)
        {
            logits[c] = Math.Exp(logits[c] - max);
            sum += logits[c];
        }

        for (var c = 0; c < logits.Length; c++)
        {
            logits[c] /= sum;
        }

        return max + Math.Log(sum);
    }

    /// <summary>The class count a classifier fitted on <paramref name="data"/> predicts: the training set's, at least 2.</summary>
    public static int ClassesOf(SampleSet data, string model) =>
        data.Count == 0 || data.ClassCount > 0
            ? Math.Max(2, data.ClassCount)
            : throw new ArgumentException($"{model} is a classifier: labels must be class numbers 0, 1, 2, ...", nameof(data));

    /// <summary>The label of a row as a class in [0, <paramref name="classes"/>).</summary>
    public static int CheckedClass(SampleSet data, int row, int classes, string model)
    {
        var label = data.Labels[row];
        return label >= 0 && label < classes && label == Math.Floor(label)
            ? (int)label
            : throw new ArgumentException($"{model} needs labels 0..{classes - 1}; row {row} has {label}.", nameof(data));
    }

    /// <summary>Copies a float feature row into a double buffer.</summary>
    public static void Widen(ReadOnlySpan<float> row, Span<double> destination)
    {
        for (var f = 0; f < row.Length; f++)
        {
            destination[f] = row[f];
        }
    }
}
