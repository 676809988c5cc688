using SampleImportance.Abstractions;

namespace SampleImportance.Conformance.Tests.Kit;

/// <summary>
/// A plain permutation-sampling Shapley estimator written against the contract alone, with switches that break one
/// rule each, so the kit is seen to pass a conforming estimator and to catch every kind of breach.
/// </summary>
internal sealed class SamplingShapleyEstimator(Breach breach = Breach.None) : IEstimator
{
    public EstimatorDescriptor Describe() => new(
        "sampling-shapley",
        "Test estimator: permutation-sampling Shapley.",
        EstimatorRequirements.Retraining,
        ValueUnits.Rows | ValueUnits.Groups,
        [new ParameterDescriptor("permutations", ParameterKind.Integer, "200", "Permutations.")]);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        var n = context.Units.Count;
        var permutations = context.Parameters.GetInt32("permutations", 200);
        var random = breach == Breach.IgnoresSeed ? new Random() : context.CreateRandom();
        var sums = new double[n];
        var done = 0;
        try
        {
            for (var p = 0; p < permutations; p++)
            {
                if (breach != Breach.IgnoresCancellation)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var order = Enumerable.Range(0, n).ToArray();
                random.Shuffle(order);
                var previous = Evaluate(context, []);
                for (var k = 0; k < n; k++)
                {
                    var next = Evaluate(context, order[..(k + 1)]);
                    sums[order[k]] += next - previous;
                    previous = next;
                }

                done++;
            }
        }
        catch (UtilityBudgetExceededException) when (breach == Breach.WrapsBudget)
        {
            throw new InvalidOperationException("Out of budget.");
        }
        catch (UtilityBudgetExceededException) when (done > 0)
        {
            // Anytime: the completed permutations' estimate.
        }

        var values = sums.Select(s => s / Math.Max(done, 1) * (breach == Breach.Inverted ? -1 : 1)).ToArray();
        if (breach == Breach.NotFinite)
        {
            values[0] = double.NaN;
        }

        return Task.FromResult(new ImportanceResult(breach == Breach.WrongLength ? values[1..] : values));

        double Evaluate(EstimationContext c, int[] units)
        {
            if (breach != Breach.IgnoresCancellation)
            {
                return c.Utility.Evaluate(units);
            }

            // Swallows the refusal and keeps going: the breach the cancellation check exists for.
            try
            {
                return c.Utility.Evaluate(units);
            }
            catch (OperationCanceledException ex) when (ex is not UtilityBudgetExceededException)
            {
                return 0;
            }
        }
    }
}
