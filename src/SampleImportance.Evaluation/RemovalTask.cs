using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation;

/// <summary>
/// Point removal: retrain without the k% lowest-valued (or highest-valued) units (rows, or whole groups when values are
/// per group) and score the held-out test split with the cell's metric, oriented so higher is better (a lower-is-better
/// metric enters negated, as in the utility). The curve starts at fraction 0 (all rows); its area is the trapezoid rule over the fractions divided
/// by their span, i.e. the mean test utility along the curve. Removing the lowest first, a good estimator's curve
/// rises (noise goes first): higher area is better. Removing the highest first, lower is better.
/// </summary>
public static class RemovalTask
{
    public static (IReadOnlyList<CurvePoint> Curve, double Area) Evaluate(
        IReadOnlyList<double> values,
        UnitPartition units,
        SampleSet train,
        SampleSet test,
        Func<IModel> createModel,
        IMetric metric,
        RemovalTaskPlan plan,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(createModel);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(plan);
        if (values.Count != units.Count)
        {
            throw new ArgumentException($"Expected one value per unit ({units.Count}), got {values.Count}.", nameof(values));
        }

        var n = units.Count;

        // Ascending by value for lowest-first, descending for highest-first; ties by lower index for determinism.
        var order = plan.Order == RemovalOrder.LowestFirst
            ? Enumerable.Range(0, n).OrderBy(i => values[i]).ThenBy(i => i).ToArray()
            : Enumerable.Range(0, n).OrderByDescending(i => values[i]).ThenBy(i => i).ToArray();

        var fractions = new List<double> { 0 };
        fractions.AddRange(plan.Fractions.Where(f => f > 0));
        var curve = new List<CurvePoint>(fractions.Count);
        foreach (var fraction in fractions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var removed = (int)Math.Floor(fraction * n);
            var kept = units.RowsOf(order.AsSpan(removed));
            var model = createModel();
            model.Fit(train, kept, ReadOnlySpan<double>.Empty);
            curve.Add(new CurvePoint(fraction, ModelScoring.Score(model, test, metric)));
        }

        double area = 0;
        for (var i = 1; i < curve.Count; i++)
        {
            area += (curve[i].Fraction - curve[i - 1].Fraction) * (curve[i].Utility + curve[i - 1].Utility) / 2;
        }

        var span = curve[^1].Fraction - curve[0].Fraction;
        return (curve, span > 0 ? area / span : curve[0].Utility);
    }
}
