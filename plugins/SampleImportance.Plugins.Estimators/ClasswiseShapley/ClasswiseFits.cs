using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.RowScores;

namespace SampleImportance.Plugins.Estimators.ClasswiseShapley;

/// <summary>
/// The class-wise utility's fits. The host's <see cref="IUtility"/> returns one scalar per subset, and the class-wise
/// utility needs the model's correctness on every validation row, so each subset's model is fitted here with the cell's
/// model (<see cref="EstimationContext.CreateModel"/>) and predicts validation. Each fit is one utility evaluation: it
/// is counted here and held to the run's <see cref="EstimationBudget.MaxUtilityEvaluations"/> (the fit past it throws
/// <see cref="UtilityBudgetExceededException"/>, as the host's utility does); the host's own counter does not see
/// these fits, so the estimator reports the count in its notes.
/// </summary>
internal sealed class ClasswiseFits
{
    private readonly EstimationContext _context;
    private readonly CancellationToken _cancellationToken;
    private double[] _predictions = [];

    public ClasswiseFits(EstimationContext context, CancellationToken cancellationToken)
    {
        _context = context;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Fits made so far.</summary>
    public long Count { get; private set; }

    /// <summary>Fits on <paramref name="rows"/> (ascending) and returns which validation rows the model predicts correctly (top class = label).</summary>
    public bool[] Correct(ReadOnlySpan<int> rows)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_context.Budget.MaxUtilityEvaluations is { } max && Count >= max)
        {
            throw new UtilityBudgetExceededException(FormattableString.Invariant($"The utility evaluation budget of {max} is spent."));
        }

        Count++;
        var train = _context.Train;
        var validation = _context.Validation;
        var weights = train.HasWeights ? new double[rows.Length] : [];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = train.Weights[rows[i]];
        }

        var model = _context.CreateModel();
        model.Fit(train, rows, weights);
        var outputs = model.Outputs;
        if (_predictions.Length != validation.Count * outputs)
        {
            _predictions = new double[validation.Count * outputs];
        }

        model.Predict(validation, _predictions);
        var correct = new bool[validation.Count];
        for (var v = 0; v < correct.Length; v++)
        {
            correct[v] = ClassColumn.Top(_predictions.AsSpan(v * outputs, outputs)) == ClassColumn.Of(validation.Labels[v], outputs, v);
        }

        return correct;
    }

    /// <summary>
    /// The rescaled class-wise scores for <paramref name="label"/>: (correct validation rows of that label, correct
    /// validation rows of other labels), each over all validation rows (pyDVL's <c>rescale_scores</c>).
    /// </summary>
    public (double InClass, double OutOfClass) Scores(bool[] correct, double label)
    {
        var validation = _context.Validation;
        double inClass = 0;
        double outOfClass = 0;
        for (var v = 0; v < correct.Length; v++)
        {
            if (correct[v] && validation.Labels[v] == label)
            {
                inClass++;
            }
            else if (correct[v])
            {
                outOfClass++;
            }
        }

        return (inClass / correct.Length, outOfClass / correct.Length);
    }

    /// <summary>The class-wise utility u(S_y | S_−y) = in-class score · exp(out-of-class score) of the fit on <paramref name="rows"/>.</summary>
    public double Utility(ReadOnlySpan<int> rows, double label)
    {
        var (inClass, outOfClass) = Scores(Correct(rows), label);
        return inClass * Math.Exp(outOfClass);
    }
}
