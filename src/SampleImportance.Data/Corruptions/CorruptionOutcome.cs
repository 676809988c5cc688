using SampleImportance.Abstractions;

namespace SampleImportance.Data.Corruptions;

/// <summary>The corrupted rows and the mask: true for each row the corruption changed.</summary>
/// <param name="Rows">The training rows after corruption.</param>
/// <param name="Mask">One flag per training row.</param>
public sealed record CorruptionOutcome(SampleSet Rows, IReadOnlyList<bool> Mask)
{
    /// <summary>Rewrites <paramref name="labels"/> (a copy of the training labels) at <paramref name="rows"/> and marks those rows.</summary>
    internal static CorruptionOutcome Relabel(SampleSet train, double[] labels, int[] rows, Func<double, double> relabel)
    {
        var mask = new bool[labels.Length];
        foreach (var row in rows)
        {
            labels[row] = relabel(labels[row]);
            mask[row] = true;
        }

        return new CorruptionOutcome(train.WithLabels(labels), mask);
    }
}
