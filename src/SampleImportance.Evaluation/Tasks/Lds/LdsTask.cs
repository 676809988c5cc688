using SampleImportance.Abstractions;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// <c>lds</c>: the linear datamodeling score (Park et al. 2023, TRAK). Draw <c>subsets</c> random subsets of
/// ⌊<c>fraction</c>·n⌋ training units (at least one), fit a fresh model of the cell on each, and score the test split;
/// the values predict each subset's score as the sum of its units' values, and LDS is the Spearman correlation (average
/// ranks for ties) between predicted and actual scores over the subsets. TRAK scores each test example's margin and
/// averages the per-example correlations; our values are of the cell's utility over the whole test split, not per test
/// example, so the actual score is that utility (the cell's metric on the test split, higher = better) and there is one
/// correlation. TRAK uses 100 or more subsets at α = 0.5; the default of 50 halves the refits, at the cost of a wider
/// sampling spread (about ±0.14 for a Spearman near 0). Subsets are drawn from the cell's data seed, so every estimator
/// of a dataset and seed is judged on the same subsets. NaN (not recorded) when the scores or the sums are constant.
/// </summary>
internal sealed class LdsTask : IEvaluationTask
{
    public const string Name = "lds";
    public const string Score = Name + ".spearman";
    public const string SubsetsName = "subsets";
    public const string FractionName = "fraction";

    // The stream of the cell seed the subsets are drawn from (any constant apart from other tasks' streams).
    private const int SeedStream = 0x1D5;

    private static readonly IReadOnlyList<TaskParameter> Parameters =
    [
        new(new ParameterDescriptor(SubsetsName, ParameterKind.Integer, "50", "Random training subsets refitted (default 50; TRAK uses 100 or more).", Minimum: 3)),
        new(new ParameterDescriptor(FractionName, ParameterKind.Number, "0.5", "Share α of training units in each subset, in (0, 1) (default 0.5, as TRAK).", Minimum: 0, Maximum: 1)),
    ];

    private static readonly IReadOnlyList<ResultMetric> Produced =
    [
        new(Score, MetricDirection.HigherIsBetter, ResultMetricRole.Headline, "Spearman correlation between each random subset's summed values and the test utility of a model refitted on it (1 = the values rank subsets perfectly, 0 = no better than chance).", "LDS"),
    ];

    public TaskDescriptor Describe() => new(
        Name,
        "Refits the model on random subsets and correlates each subset's summed values with its test utility (linear datamodeling score).",
        Parameters,
        Produced,
        TaskNeeds.TestSplit | TaskNeeds.Retraining);

    public IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters) => Produced;

    public IReadOnlyList<TaskProblem> Check(PluginParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var fraction = parameters.GetDouble(FractionName, 0.5);
        return fraction is > 0 and < 1
            ? []
            : [new TaskProblem(FractionName, null, $"The subset fraction must be between 0 and 1 (exclusive), not {fraction}.", "Write e.g. fraction: 0.5.")];
    }

    public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var lds = Of(input, parameters.GetInt32(SubsetsName, 50), parameters.GetDouble(FractionName, 0.5), cancellationToken);
        return new TaskOutcome(new Dictionary<string, double>(StringComparer.Ordinal) { [Score] = lds });
    }

    /// <summary>The LDS of the input's values over <paramref name="subsets"/> subsets of ⌊α·n⌋ units drawn from its seed.</summary>
    internal static double Of(TaskInput input, int subsets, double fraction, CancellationToken cancellationToken)
    {
        var units = input.Units;
        if (input.Values.Count != units.Count)
        {
            throw new ArgumentException($"Expected one value per unit ({units.Count}), got {input.Values.Count}.", nameof(input));
        }

        var n = units.Count;
        var size = Math.Max(1, (int)Math.Floor(fraction * n));
        var random = new Random(SeedMixer.Mix(input.Seed, SeedStream));
        var predicted = new double[subsets];
        var actual = new double[subsets];
        var pool = Enumerable.Range(0, n).ToArray();
        for (var m = 0; m < subsets; m++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Partial Fisher–Yates: the first `size` entries of the pool are a uniform subset.
            for (var i = 0; i < size; i++)
            {
                var j = random.Next(i, n);
                (pool[i], pool[j]) = (pool[j], pool[i]);
            }

            var subset = pool.AsSpan(0, size).ToArray();
            Array.Sort(subset);
            foreach (var u in subset)
            {
                predicted[m] += input.Values[u];
            }

            actual[m] = ValueCurve.FitAndScore(units, input.Train, input.Test, input.CreateModel, input.Metric, subset);
        }

        return Spearman.Correlation(predicted, actual);
    }
}
