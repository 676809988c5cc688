using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// <c>noisy-detection</c>: how well low importance values find the corrupted units. The detection score of a unit is its
/// negated value (low value = suspected noise); a unit counts as corrupted when any of its rows is.
/// <para>
/// The headline figures are scored where the noise can hide: among the corruption's candidates (units with a row that
/// could carry what it writes, e.g. clicks for fake clicks), within each stratum (e.g. the observed label for label
/// flips), averaged over the strata that hold both noisy and clean units. Whatever is constant within a stratum (the
/// label) therefore scores chance: 0.5 AUROC, the noise rate as average precision and F1. The same figures over every
/// unit, which a label-reading shortcut can win, remain as <c>*-all-rows</c>.
/// </para>
/// F1 flags, per stratum, as many units as it holds corrupted ones (the true noise rate). Two-cluster F1 flags instead
/// what the values themselves set apart: the lower cluster of the exact 2-means split of the stratum's values
/// (OpenDataVal's data-driven threshold, with no random start; see <see cref="TwoMeans"/>), nothing when they are all
/// equal. Needs a dataset with a corruption; records nothing without one.
/// </summary>
internal sealed class NoisyDetectionTask : IEvaluationTask
{
    public const string Name = "noisy-detection";
    public const string Auroc = Name + ".auroc";
    public const string AveragePrecision = Name + ".average-precision";
    public const string F1 = Name + ".f1";
    public const string F1TwoCluster = Name + ".f1-two-cluster";
    public const string AllRows = "-all-rows";

    private static readonly IReadOnlyList<ResultMetric> Produced =
    [
        new(Auroc, MetricDirection.HigherIsBetter, ResultMetricRole.Headline, "AUROC of negated values against the noise, among the corruption's candidates and within each stratum, averaged (0.5 = chance; reading the label scores 0.5).", "AUROC"),
        new(AveragePrecision, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "Average precision of negated values among candidates, within each stratum, averaged (chance = the noise rate among candidates).", "AP"),
        new(F1, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "F1 when, per stratum of candidates, the lowest-valued units, as many as are corrupted, are flagged; averaged over strata."),
        new(F1TwoCluster, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "F1 when, per stratum of candidates, the lower cluster of the exact two-means split of the values is flagged (OpenDataVal's data-driven threshold; no noise rate needed); averaged over strata."),
        new(Auroc + AllRows, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "AUROC over every unit (a label-reading shortcut can score well here)."),
        new(AveragePrecision + AllRows, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "Average precision over every unit."),
        new(F1 + AllRows, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "F1 over every unit, flagging as many as are corrupted."),
        new(F1TwoCluster + AllRows, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "F1 over every unit, flagging the lower two-means cluster of all values (OpenDataVal's noisy_detection)."),
    ];

    public TaskDescriptor Describe() => new(
        Name,
        "Scores values against the corruption's ground truth among the rows where the noise can hide: low value = suspected noise.",
        [],
        Produced,
        TaskNeeds.NoiseMask);

    public IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters) => Produced;

    public IReadOnlyList<TaskProblem> Check(PluginParameters parameters) => [];

    public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rowMask = input.NoiseMask ?? throw new ArgumentException("Noisy-sample detection needs the noise mask.", nameof(input));
        return new TaskOutcome(Score(input.Values, rowMask, input.NoiseStrata, input.Units));
    }

    /// <summary>
    /// Detection metrics of per-unit values against per-row ground truth. A unit is corrupted when any of its rows is,
    /// and a candidate in the highest stratum among its rows (not a candidate when none of its rows is).
    /// </summary>
    /// <param name="values">One value per unit.</param>
    /// <param name="rowMask">True for each corrupted row.</param>
    /// <param name="rowStrata">−1 for rows that are not candidates, else the row's stratum; null = every row a candidate, one stratum.</param>
    /// <param name="units">How rows form units.</param>
    internal static IReadOnlyDictionary<string, double> Score(IReadOnlyList<double> values, IReadOnlyList<bool> rowMask, IReadOnlyList<int>? rowStrata, UnitPartition units)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(rowMask);
        ArgumentNullException.ThrowIfNull(units);
        var unitMask = new bool[units.Count];
        for (var row = 0; row < rowMask.Count; row++)
        {
            unitMask[units.UnitOfRow[row]] |= rowMask[row];
        }

        return Score(values, unitMask, CandidateStrata.OfUnits(rowStrata, units));
    }

    /// <summary>Detection metrics of per-unit values against a per-unit mask and strata (−1 = not a candidate).</summary>
    internal static IReadOnlyDictionary<string, double> Score(IReadOnlyList<double> values, IReadOnlyList<bool> noiseMask, IReadOnlyList<int> strata)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(noiseMask);
        ArgumentNullException.ThrowIfNull(strata);
        var suspicion = values.Select(v => -v).ToArray();
        var results = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [Auroc + AllRows] = RankingMetrics.Auroc(noiseMask, suspicion),
            [AveragePrecision + AllRows] = RankingMetrics.AveragePrecision(noiseMask, suspicion),
            [F1 + AllRows] = RankingMetrics.F1AtCount(noiseMask, suspicion, noiseMask.Count(x => x)),
            [F1TwoCluster + AllRows] = RankingMetrics.F1AtCount(noiseMask, suspicion, TwoMeans.LowerClusterSize(values)),
        };

        // Per stratum, then the unweighted mean over strata that hold both noisy and clean candidates: a stratum
        // without one of the two says nothing about detection.
        double auroc = 0, precision = 0, f1 = 0, twoCluster = 0;
        var scored = 0;
        foreach (var group in Enumerable.Range(0, strata.Count).Where(u => strata[u] >= 0).GroupBy(u => strata[u]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            var mask = members.Select(u => noiseMask[u]).ToArray();
            var noisy = mask.Count(x => x);
            if (noisy == 0 || noisy == mask.Length)
            {
                continue;
            }

            var scores = members.Select(u => suspicion[u]).ToArray();
            auroc += RankingMetrics.Auroc(mask, scores);
            precision += RankingMetrics.AveragePrecision(mask, scores);
            f1 += RankingMetrics.F1AtCount(mask, scores, noisy);
            twoCluster += RankingMetrics.F1AtCount(mask, scores, TwoMeans.LowerClusterSize(members.Select(u => values[u]).ToArray()));
            scored++;
        }

        results[Auroc] = scored == 0 ? double.NaN : auroc / scored;
        results[AveragePrecision] = scored == 0 ? double.NaN : precision / scored;
        results[F1] = scored == 0 ? double.NaN : f1 / scored;
        results[F1TwoCluster] = scored == 0 ? double.NaN : twoCluster / scored;
        return results;
    }
}
