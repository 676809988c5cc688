using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.RowScores;

namespace SampleImportance.Plugins.Estimators.DataOob;

/// <summary>
/// The <c>data-oob</c> estimator (Kwon &amp; Zou 2023, "Data-OOB: Out-of-bag Estimate as a Simple and Efficient Data
/// Value"): B bootstrap bags of the training rows (n draws with replacement each, from the run's seed), the cell's
/// model fitted on each bag (a row drawn twice is passed twice), and a row's value = the mean, over the bags it is out
/// of, of T(label, prediction): 1[top class = label] for classifiers (the paper's choice, the default), or the score
/// of the label with <c>score=probability</c>; −(label − prediction)² for single-score models. It never looks at the
/// validation rows, so it needs no clean validation set, and it evaluates no utility. A row left out of no bag
/// (probability ≈ e^−B) gets the mean of the others' values, with a note; a group's value is its rows' mean.
/// Cancellation is checked between bags; a partial answer would weigh rows unevenly, so it propagates. When the model
/// supports warm starts, the model is first fitted on all rows and every bag's fit starts from it: a bag is a reweighting
/// of the same rows, a few steps from the full-data optimum, and still stops at the model's tolerance, so values match
/// cold fits within the README's tolerance.
/// </summary>
public sealed class DataOobEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "data-oob",
        "Data-OOB (Kwon & Zou 2023): mean out-of-bag correctness of a row over bootstrap fits of the cell's model; no validation set needed.",
        EstimatorRequirements.FittedModel,
        ValueUnits.Rows | ValueUnits.Groups,
        DataOobOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = DataOobOptions.Binder.Bind(context.Parameters);
        var train = context.Train;
        var n = train.Count;
        var classScores = context.Model.Predictions == PredictionKind.ClassScores;
        var byProbability = options.Score == DataOobOptions.ProbabilityScoreName;
        var random = context.CreateRandom();
        var sums = new double[n];
        var counts = new int[n];
        var multiplicity = new int[n];
        var bag = new int[n];
        var bagWeights = train.HasWeights ? new double[n] : [];
        double[] predictions = [];
        var start = context.Model.Capabilities.HasFlag(ModelCapabilities.WarmStart) ? FullFit.Model(context) : null;
        for (var b = 0; b < options.Bags; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DrawBag(random, multiplicity, bag);
            for (var i = 0; i < bagWeights.Length; i++)
            {
                bagWeights[i] = train.Weights[bag[i]];
            }

            var model = context.CreateModel();
            model.Fit(train, bag, bagWeights, start);
            if (predictions.Length != n * model.Outputs)
            {
                predictions = new double[n * model.Outputs];
            }

            model.Predict(train, predictions);
            for (var i = 0; i < n; i++)
            {
                if (multiplicity[i] == 0)
                {
                    var row = predictions.AsSpan(i * model.Outputs, model.Outputs);
                    sums[i] += classScores ? ClassScore(row, train.Labels[i], i, byProbability) : -Square(train.Labels[i] - row[0]);
                    counts[i]++;
                }
            }

            context.Progress?.Report((b + 1.0) / options.Bags);
        }

        var (rowValues, neverOut) = OutOfBagMeans(sums, counts);
        var notes = new List<string>
        {
            string.Create(
                CultureInfo.InvariantCulture,
                $"{options.Bags} bootstrap bags{(start is null ? string.Empty : " (fits warm-started from the full-data fit)")}; value = mean out-of-bag {(classScores ? (byProbability ? "score of the label" : "correctness (1 if the top class is the label)") : "−(label − prediction)²")}{(context.Units.IsRows ? string.Empty : "; a unit's value is its rows' mean")}."),
        };
        if (neverOut > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{neverOut} rows were in every bag (never out of bag) and got the mean of the other rows' values."));
        }

        context.Log(notes[0]);
        return Task.FromResult(new ImportanceResult(UnitMeans.Of(context.Units, rowValues), notes: notes));
    }

    /// <summary>n draws with replacement, written ascending (as <see cref="IModel.Fit"/> wants) with their multiplicities.</summary>
    private static void DrawBag(Random random, int[] multiplicity, int[] bag)
    {
        Array.Clear(multiplicity);
        for (var draw = 0; draw < bag.Length; draw++)
        {
            multiplicity[random.Next(bag.Length)]++;
        }

        for (int row = 0, at = 0; row < multiplicity.Length; row++)
        {
            for (var copy = 0; copy < multiplicity[row]; copy++)
            {
                bag[at++] = row;
            }
        }
    }

    private static double ClassScore(ReadOnlySpan<double> scores, double label, int row, bool byProbability)
    {
        var column = ClassColumn.Of(label, scores.Length, row);
        if (byProbability)
        {
            return scores[column];
        }

        return ClassColumn.Top(scores) == column ? 1.0 : 0.0;
    }

    private static double Square(double x) => x * x;

    private static (double[] Values, int NeverOut) OutOfBagMeans(double[] sums, int[] counts)
    {
        var values = new double[sums.Length];
        double total = 0;
        var seen = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (counts[i] > 0)
            {
                values[i] = sums[i] / counts[i];
                total += values[i];
                seen++;
            }
        }

        var fill = seen > 0 ? total / seen : 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (counts[i] == 0)
            {
                values[i] = fill;
            }
        }

        return (values, values.Length - seen);
    }
}
