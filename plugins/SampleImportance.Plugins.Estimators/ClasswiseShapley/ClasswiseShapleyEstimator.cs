using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Sdk.Sampling;

namespace SampleImportance.Plugins.Estimators.ClasswiseShapley;

/// <summary>
/// The <c>classwise-shapley</c> estimator (Schoch, Nguyen &amp; Gouhier 2022, "CS-Shapley: Class-wise Shapley Values for
/// Data Valuation in Classification"; pyDVL's <c>ClasswiseShapleyValuation</c>). A row of class y is valued in the game
/// of its class's rows T given an out-of-class context S_−y: u(T | S_−y) = a_in · exp(a_out), where the cell's model is
/// fitted on T ∪ S_−y and a_in, a_out are its correct validation predictions of label y and of the other labels, each
/// over all validation rows (pyDVL's rescaled scores). Each iteration, for each class: S_−y keeps each out-of-class row
/// with probability ½ (redrawn until it holds min-per-label rows of each other label), then one uniform permutation of
/// the class's rows gives every row one marginal contribution; a value is the mean of its row's contributions. With
/// <c>normalize</c> each class's values are rescaled to sum to the full-data model's a_in, as pyDVL.
/// Reductions: without normalisation the values estimate, for class y, the Shapley values of the in-class game
/// v_y(T) = E_{S_−y}[u(T | S_−y)] (Shapley is linear in the game); with a single class S_−y is empty, a_out = 0 and this is
/// the Shapley value of validation accuracy; when a_out does not depend on S_−y, it is exp(a_out) times the Shapley
/// value of the in-class accuracy game. Needs a classifier; values rows only. Fits go through
/// <see cref="ClasswiseFits"/>: counted by the estimator against the run's evaluation budget and reported in the notes,
/// since the host's scalar utility cannot give per-class accuracies. A spent budget returns the estimate of the
/// completed class permutations (unless there are none); cancellation propagates.
/// </summary>
public sealed class ClasswiseShapleyEstimator : IEstimator
{
    private const int MaxRedraws = 100;

    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "classwise-shapley",
        "CS-Shapley (Schoch et al. 2022; pyDVL's ClasswiseShapleyValuation): in-class permutations × out-of-class subsets of u = in-class accuracy · exp(out-of-class accuracy).",
        EstimatorRequirements.Retraining,
        ValueUnits.Rows,
        ClasswiseShapleyOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = ClasswiseShapleyOptions.Binder.Bind(context.Parameters);
        if (!context.Units.IsRows)
        {
            throw new ArgumentException($"classwise-shapley values rows only, not groups of '{context.Units.Name}'.", nameof(context));
        }

        if (context.Model.Predictions != PredictionKind.ClassScores)
        {
            throw new ArgumentException($"classwise-shapley needs a classifier; model '{context.Model.Id}' predicts {context.Model.Predictions}.", nameof(context));
        }

        var train = context.Train;
        var labels = train.Labels.ToArray();
        var classes = labels.Distinct().Order().ToArray();
        var members = classes.Select(c => Enumerable.Range(0, labels.Length).Where(i => labels[i] == c).ToArray()).ToArray();
        var fits = new ClasswiseFits(context, cancellationToken);
        var moments = new RunningMoments(train.Count);
        var random = context.CreateRandom();
        var permutations = new PermutationSampler(context.CreateRandom(1));
        var completed = 0;
        string? stopped = null;
        try
        {
            for (var t = 0; t < options.Iterations; t++)
            {
                for (var c = 0; c < classes.Length; c++)
                {
                    var marginals = ClassStep(fits, members, c, classes[c], options.MinPerLabel, random, permutations);
                    foreach (var (row, marginal) in marginals)
                    {
                        moments.Add(row, marginal);
                    }

                    completed++;
                }

                context.Progress?.Report((t + 1.0) / options.Iterations);
            }
        }
        catch (UtilityBudgetExceededException) when (completed > 0)
        {
            stopped = "the utility evaluation budget was spent (the unfinished class permutation was dropped)";
        }

        var values = new double[train.Count];
        var errors = new double[train.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = moments.Mean(i);
            errors[i] = moments.StandardError(i);
        }

        var notes = new List<string>
        {
            string.Create(
                CultureInfo.InvariantCulture,
                $"{completed} class permutations over {classes.Length} classes{(stopped is null ? string.Empty : $"; stopped because {stopped}")}."),
        };
        if (options.Normalize)
        {
            try
            {
                Normalize(fits, members, classes, values, errors);
                notes.Add("Each class's values were rescaled to sum to the full-data model's in-class score (pyDVL's normalize_values).");
            }
            catch (UtilityBudgetExceededException)
            {
                notes.Add("The values were not normalised: the budget left no evaluation for the full-data fit.");
            }
        }

        notes.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"{fits.Count} model fits, each one utility evaluation, counted by the estimator against the budget (the host's utility returns one score per subset, not per-class accuracies, so it does not see them)."));
        context.Log(notes[0]);
        return Task.FromResult(new ImportanceResult(values, errors.All(double.IsFinite) ? errors : null, notes));
    }

    /// <summary>One out-of-class subset and one permutation of class <paramref name="c"/>: each in-class row's marginal contribution.</summary>
    private static List<(int Row, double Marginal)> ClassStep(ClasswiseFits fits, int[][] members, int c, double label, int minPerLabel, Random random, PermutationSampler permutations)
    {
        var inClass = members[c];
        var contributions = new List<(int, double)>(inClass.Length);
        if (inClass.Length == 0)
        {
            return contributions;
        }

        var rows = new SortedSet<int>(OutOfClass(members, c, minPerLabel, random));
        var order = new int[inClass.Length];
        permutations.Next(order);
        var previous = fits.Utility(rows.ToArray(), label);
        foreach (var position in order)
        {
            rows.Add(inClass[position]);
            var current = fits.Utility(rows.ToArray(), label);
            contributions.Add((inClass[position], current - previous));
            previous = current;
        }

        return contributions;
    }

    /// <summary>Each out-of-class row with probability ½, redrawn until every other class has <paramref name="minPerLabel"/> rows in it (or it has all of them).</summary>
    private static List<int> OutOfClass(int[][] members, int c, int minPerLabel, Random random)
    {
        var subset = new List<int>();
        for (var attempt = 0; attempt < MaxRedraws; attempt++)
        {
            subset.Clear();
            var satisfied = true;
            for (var other = 0; other < members.Length; other++)
            {
                if (other == c)
                {
                    continue;
                }

                var kept = 0;
                foreach (var row in members[other])
                {
                    if (random.Next(2) == 1)
                    {
                        subset.Add(row);
                        kept++;
                    }
                }

                satisfied &= kept >= Math.Min(minPerLabel, members[other].Length);
            }

            if (satisfied)
            {
                break;
            }
        }

        return subset;
    }

    private static void Normalize(ClasswiseFits fits, int[][] members, double[] classes, double[] values, double[] errors)
    {
        var correct = fits.Correct(Enumerable.Range(0, values.Length).ToArray());
        for (var c = 0; c < classes.Length; c++)
        {
            var target = fits.Scores(correct, classes[c]).InClass;
            var sum = members[c].Sum(i => values[i]);
            if (sum == 0)
            {
                continue;
            }

            foreach (var i in members[c])
            {
                values[i] *= target / sum;
                errors[i] *= Math.Abs(target / sum);
            }
        }
    }
}
