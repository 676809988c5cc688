using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// <c>noisy-detection</c>: how well low importance values find the corrupted rows. The detection score of a unit is its
/// negated value (low value = suspected noise); a unit counts as corrupted when any of its rows is. F1 flags as many
/// units as are corrupted (the true noise rate). Needs a dataset with a corruption; records nothing without one.
/// </summary>
internal sealed class NoisyDetectionTask : IEvaluationTask
{
    public const string Name = "noisy-detection";
    public const string Auroc = Name + ".auroc";
    public const string AveragePrecision = Name + ".average-precision";
    public const string F1 = Name + ".f1";

    private static readonly IReadOnlyList<ResultMetric> Produced =
    [
        new(Auroc, MetricDirection.HigherIsBetter, ResultMetricRole.Headline, "Area under the ROC curve of negated values against the noise mask (0.5 = chance).", "AUROC"),
        new(AveragePrecision, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "Average precision of negated values against the noise mask.", "AP"),
        new(F1, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "F1 when the lowest-valued units, as many as are corrupted, are flagged."),
    ];

    public TaskDescriptor Describe() => new(
        Name,
        "Scores values against the corruption's ground truth: low value = suspected noise.",
        [],
        Produced,
        TaskNeeds.NoiseMask);

    public IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters) => Produced;

    public IReadOnlyList<TaskProblem> Check(PluginParameters parameters) => [];

    public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rowMask = input.NoiseMask ?? throw new ArgumentException("Noisy-sample detection needs the noise mask.", nameof(input));
        return new TaskOutcome(Score(input.Values, rowMask, input.Units));
    }

    /// <summary>Detection metrics of per-unit values against a per-row mask: a unit counts as corrupted when any of its rows is.</summary>
    internal static IReadOnlyDictionary<string, double> Score(IReadOnlyList<double> values, IReadOnlyList<bool> rowMask, UnitPartition units)
    {
        ArgumentNullException.ThrowIfNull(rowMask);
        ArgumentNullException.ThrowIfNull(units);
        var unitMask = new bool[units.Count];
        for (var row = 0; row < rowMask.Count; row++)
        {
            unitMask[units.UnitOfRow[row]] |= rowMask[row];
        }

        return Score(values, unitMask);
    }

    /// <summary>Detection metrics of per-unit values against a per-unit mask.</summary>
    internal static IReadOnlyDictionary<string, double> Score(IReadOnlyList<double> values, IReadOnlyList<bool> noiseMask)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(noiseMask);
        var suspicion = values.Select(v => -v).ToArray();
        var corrupted = noiseMask.Count(x => x);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [Auroc] = RankingMetrics.Auroc(noiseMask, suspicion),
            [AveragePrecision] = RankingMetrics.AveragePrecision(noiseMask, suspicion),
            [F1] = RankingMetrics.F1AtCount(noiseMask, suspicion, corrupted),
        };
    }
}
