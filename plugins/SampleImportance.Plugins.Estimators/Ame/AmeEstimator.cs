using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.Ame;

/// <summary>
/// The <c>ame</c> estimator: the Average Marginal Effect (Lin et al. 2022, "Measuring the Effect of Training Data on
/// Deep Learning Predictions via Randomized Experiments"), as OpenDataVal's <c>AME</c> implements it. Draw random
/// subsets, each unit in independently with probability p, p cycling over {0.2, 0.4, 0.6, 0.8}; evaluate U(S) through
/// the run's utility (so the host counts every evaluation); standardise the inclusion indicators; fit a LASSO of U on
/// them (λ fixed, or by scikit-learn-style k-fold cross-validation, as OpenDataVal's <c>LassoCV</c>). A unit's value is
/// its coefficient divided by its indicator's standard deviation: OpenDataVal's coefficient in indicator units, so on
/// an additive game U(S) = Σ_{i∈S} wᵢ the values are the wᵢ (up to the LASSO's shrinkage); the order of the units
/// differs from OpenDataVal's only by that near-constant per-unit scale. Values rows or groups. When the evaluation
/// budget is spent the subsets evaluated so far are used (if there are at least two per fold); cancellation propagates.
/// </summary>
public sealed class AmeEstimator : IEstimator
{
    private static readonly double[] Probabilities = [0.2, 0.4, 0.6, 0.8];

    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "ame",
        "Average Marginal Effect (Lin et al. 2022; OpenDataVal's AME): LASSO of the utility on the inclusion indicators of random subsets.",
        EstimatorRequirements.Retraining,
        ValueUnits.Rows | ValueUnits.Groups,
        AmeOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = AmeOptions.Binder.Bind(context.Parameters);
        var n = context.Utility.PlayerCount;
        var crossValidated = options.L1 <= 0;
        var minimum = crossValidated ? 2 * options.CvFolds : 2;
        var inclusion = new double[n][];
        for (var j = 0; j < n; j++)
        {
            inclusion[j] = new double[options.Samples];
        }

        var utilities = new double[options.Samples];
        var random = context.CreateRandom();
        var subset = new int[n];
        var completed = 0;
        string? stopped = null;
        for (; completed < options.Samples; completed++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var probability = Probabilities[completed % Probabilities.Length];
            var size = 0;
            for (var j = 0; j < n; j++)
            {
                var inside = random.NextDouble() < probability;
                inclusion[j][completed] = inside ? 1 : 0;
                if (inside)
                {
                    subset[size++] = j;
                }
            }

            try
            {
                utilities[completed] = context.Utility.Evaluate(subset.AsSpan(0, size));
            }
            catch (UtilityBudgetExceededException) when (completed >= minimum)
            {
                stopped = "the utility evaluation budget was spent";
                break;
            }

            context.Progress?.Report(0.9 * (completed + 1) / options.Samples);
        }

        var scale = Standardise(inclusion, completed);
        var lasso = new Lasso(inclusion, utilities[..completed]);
        var (coefficients, penalty) = crossValidated
            ? LassoPenalty.CrossValidated(lasso, completed, Math.Min(options.CvFolds, completed), options.CvAlphas, cancellationToken)
            : (LassoPenalty.Fixed(lasso, completed, options.L1, cancellationToken), options.L1);
        var values = new double[n];
        for (var j = 0; j < n; j++)
        {
            values[j] = scale[j] > 0 ? coefficients[j] / scale[j] : 0.0;
        }

        context.Progress?.Report(1);
        var notes = new List<string>
        {
            string.Create(
                CultureInfo.InvariantCulture,
                $"{completed} random subsets (inclusion probability cycling 0.2/0.4/0.6/0.8){(stopped is null ? string.Empty : $"; stopped early because {stopped}")}; LASSO on standardised indicators with λ = {penalty:G4} ({(crossValidated ? $"{options.CvFolds}-fold cross-validation over {options.CvAlphas} penalties" : "fixed")}); value = coefficient / indicator standard deviation."),
        };
        var constant = scale.Count(s => s == 0);
        if (constant > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{constant} units were in every subset or in none and got 0."));
        }

        context.Log(notes[0]);
        return Task.FromResult(new ImportanceResult(values, notes: notes));
    }

    /// <summary>Standardises each column over its first <paramref name="count"/> entries in place (trimming the rest) and returns the standard deviations (population, as NumPy's std).</summary>
    private static double[] Standardise(double[][] columns, int count)
    {
        var scale = new double[columns.Length];
        for (var j = 0; j < columns.Length; j++)
        {
            var column = columns[j] = columns[j][..count];
            var mean = column.Average();
            var variance = column.Sum(x => (x - mean) * (x - mean)) / count;
            scale[j] = Math.Sqrt(variance);
            for (var s = 0; s < count; s++)
            {
                column[s] = scale[j] > 0 ? (column[s] - mean) / scale[j] : 0.0;
            }
        }

        return scale;
    }
}
