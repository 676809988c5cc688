using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// What the removal and addition curves share: units ranked by value with ties broken by content, a fresh model fitted
/// on some of them and scored on the test split, and the curve's normalised area.
/// </summary>
internal static class ValueCurve
{
    /// <summary>
    /// The units ascending by value (<paramref name="highestFirst"/> false) or descending, ties by a hash of the unit's
    /// rows (then the index, should two units hold identical rows), so reordering the rows never changes the order.
    /// Only units where <paramref name="eligible"/> holds (all when null).
    /// </summary>
    public static int[] Ranked(IReadOnlyList<double> values, UnitPartition units, SampleSet train, bool highestFirst, IReadOnlyList<bool>? eligible = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(train);
        return Ranked(values, UnitContentHash.Of(units, train), highestFirst, eligible);
    }

    /// <summary>As the other overload, with the units' content hashes (<see cref="UnitContentHash.Of"/>) computed once by
    /// a caller that ranks several value vectors of the same units.</summary>
    public static int[] Ranked(IReadOnlyList<double> values, IReadOnlyList<ulong> tie, bool highestFirst, IReadOnlyList<bool>? eligible = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(tie);
        if (values.Count != tie.Count)
        {
            throw new ArgumentException($"Expected one value per unit ({tie.Count}), got {values.Count}.", nameof(values));
        }

        var candidates = Enumerable.Range(0, tie.Count).Where(u => eligible is null || eligible[u]);
        var ranked = highestFirst
            ? candidates.OrderByDescending(i => values[i])
            : candidates.OrderBy(i => values[i]);
        return ranked.ThenBy(i => tie[i]).ThenBy(i => i).ToArray();
    }

    /// <summary>Fits a fresh model on the rows of <paramref name="kept"/> units and scores <paramref name="test"/> (higher = better).</summary>
    public static double FitAndScore(UnitPartition units, SampleSet train, SampleSet test, Func<IModel> createModel, IMetric metric, ReadOnlySpan<int> kept)
    {
        ArgumentNullException.ThrowIfNull(createModel);
        var model = createModel();
        model.Fit(train, units.RowsOf(kept), ReadOnlySpan<double>.Empty);
        return ModelScoring.Score(model, test, metric);
    }

    /// <summary>The trapezoid area over the curve's fractions divided by their span: the mean utility along the curve
    /// (the single point's utility when the span is zero).</summary>
    public static double Area(IReadOnlyList<CurvePoint> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        double area = 0;
        for (var i = 1; i < curve.Count; i++)
        {
            area += (curve[i].Fraction - curve[i - 1].Fraction) * (curve[i].Utility + curve[i - 1].Utility) / 2;
        }

        var span = curve[^1].Fraction - curve[0].Fraction;
        return span != 0 ? area / span : curve[0].Utility;
    }
}
