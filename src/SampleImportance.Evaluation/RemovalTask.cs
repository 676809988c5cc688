using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation;

/// <summary>
/// Point removal: retrain without the k% lowest-valued (or highest-valued) training rows and score the held-out
/// test split. The curve starts at fraction 0 (all rows); its area is the trapezoid rule over the fractions divided
/// by their span, i.e. the mean test utility along the curve. Removing the lowest first, a good estimator's curve
/// rises (noise goes first): higher area is better. Removing the highest first, lower is better.
/// </summary>
public static class RemovalTask
{
    public static (IReadOnlyList<CurvePoint> Curve, double Area) Evaluate(
        IReadOnlyList<double> values,
        SampleSet train,
        SampleSet test,
        Func<IModel> createModel,
        string metric,
        RemovalTaskPlan plan,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(plan);
        var n = train.Count;

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
            var kept = order.AsSpan(removed).ToArray();
            Array.Sort(kept);
            var model = createModel();
            model.Fit(train, kept, ReadOnlySpan<double>.Empty);
            curve.Add(new CurvePoint(fraction, model.Score(test, metric)));
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
