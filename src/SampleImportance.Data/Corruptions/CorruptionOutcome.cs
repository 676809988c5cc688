using SampleImportance.Abstractions;

namespace SampleImportance.Data.Corruptions;

/// <summary>The corrupted rows, the mask of rows the corruption changed, and where detection is scored.</summary>
/// <param name="Rows">The training rows after corruption.</param>
/// <param name="Mask">One flag per training row: true when the corruption wrote it.</param>
/// <param name="Strata">
/// One entry per training row: −1 when the row is not a candidate (it could not carry what the corruption writes, e.g.
/// a non-click for fake clicks), otherwise the stratum detection is scored within. Detection compares noisy and clean
/// candidates of the same stratum only, so anything constant within a stratum (the observed label) cannot find the
/// noise. Null means <see cref="DefaultStrata"/>: every row a candidate, within its observed label.
/// </param>
public sealed record CorruptionOutcome(SampleSet Rows, IReadOnlyList<bool> Mask, IReadOnlyList<int>? Strata = null)
{
    /// <summary>The strata detection uses: <see cref="Strata"/>, or <see cref="DefaultStrata"/> when the corruption gave none.</summary>
    public IReadOnlyList<int> EffectiveStrata => Strata ?? DefaultStrata(Rows.Labels);

    /// <summary>
    /// Every row a candidate, stratified by its observed label when labels are small whole numbers (binary, classes,
    /// relevance grades), one stratum otherwise (real-valued labels): a corruption that rewrites labels can then never
    /// be detected by reading the label.
    /// </summary>
    public static int[] DefaultStrata(ReadOnlySpan<double> labels)
    {
        var strata = new int[labels.Length];
        foreach (var label in labels)
        {
            if (!(label >= 0 && label <= 1000 && Math.Floor(label) == label))
            {
                return strata;
            }
        }

        for (var row = 0; row < labels.Length; row++)
        {
            strata[row] = (int)labels[row];
        }

        return strata;
    }

    /// <summary>Rewrites <paramref name="labels"/> (a copy of the training labels) at <paramref name="rows"/> and marks those rows.</summary>
    internal static CorruptionOutcome Relabel(SampleSet train, double[] labels, int[] rows, Func<double, double> relabel, IReadOnlyList<int>? strata = null)
    {
        var mask = new bool[labels.Length];
        foreach (var row in rows)
        {
            labels[row] = relabel(labels[row]);
            mask[row] = true;
        }

        return new CorruptionOutcome(train.WithLabels(labels), mask, strata);
    }
}
