using System.Globalization;
using SampleImportance.Engine.Results;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Reporting.Gates.Baselines;
using SampleImportance.Reporting.Gates.Statistics;
using SampleImportance.Suites;
using SampleImportance.Timing;
using static SampleImportance.Reporting.Gates.RegressionComparer;

namespace SampleImportance.Reporting.Gates;

/// <summary>
/// Judges <c>max-drop</c> and <c>max-increase</c> on a row's cells paired with the baseline's by cell id (the
/// same dataset, corruption, model, estimator, seed and estimator seed).
/// <list type="bullet">
/// <item>Timing (<c>max-increase</c> on <c>time.median</c>, wall clock, or <c>time.cpu-median</c>, process CPU time):
/// every BenchmarkDotNet iteration of the paired cells; a regression needs the ratio of medians over the relative
/// threshold, the difference of medians over the noise floor, and a one-sided Mann–Whitney test saying "slower" at
/// alpha. Sizes that cannot reach alpha are inconclusive, and so are cells without CPU samples for a CPU gate.</item>
/// <item>Quality (everything else): per-seed differences, their mean and Student-t interval. The interval wholly past
/// the limit fails, wholly within it passes, across it is inconclusive (add seeds); fewer seeds than the minimum
/// are inconclusive.</item>
/// </list>
/// </summary>
internal sealed class BaselineJudge(RunResult current, RunResult baseline, BaselineCells cells, GateStatisticsOptions options)
{
    private readonly HashSet<string> _changed = cells.Changed.Select(c => c.Cell).ToHashSet(StringComparer.Ordinal);

    public GateOutcome Judge(GateDefinition gate, GateCheck check, double limit, AggregateResult row)
    {
        var metric = gate.Metric;
        var mine = current.Cells.Where(c => InRow(c.Key, row)).ToList();
        var changed = cells.Changed.Where(c => mine.Any(m => m.Key.Id == c.Cell)).ToList();
        if (changed.Count > 0)
        {
            return Outcome(gate, check, limit, row, row.Mean, null, GateStatus.Inconclusive, GateCodes.Incomparable,
                $"The suite definition changed for {changed.Count} cell(s) of {RowId(row)} ({changed[0].Cell}: {changed[0].Reason}), so {check.SuiteName()} does not compare them with the baseline; refresh the baseline");
        }

        var old = baseline.Cells.Where(c => InRow(c.Key, row) && c.Status == CellStatus.Succeeded).ToDictionary(c => c.Key.Id, StringComparer.Ordinal);
        var pairs = mine
            .Where(c => c.Status == CellStatus.Succeeded && old.ContainsKey(c.Key.Id) && !_changed.Contains(c.Key.Id))
            .OrderBy(c => c.Key.Id, StringComparer.Ordinal)
            .Select(c => (Current: c, Baseline: old[c.Key.Id]))
            .ToList();

        if (!baseline.Aggregates.Any(b => SameRow(b, row)))
        {
            return Outcome(gate, check, limit, row, row.Mean, null, GateStatus.Inconclusive, GateCodes.Inconclusive,
                $"The baseline has no {metric} result for {RowId(row)}, so {check.SuiteName()} cannot be judged (new estimator, or a different suite?)");
        }

        return check != GateCheck.MaxIncrease ? JudgeQuality(gate, check, limit, row, pairs)
            : metric == CostMetrics.TimeMedianName ? JudgeTiming(gate, limit, row, pairs, t => t.SamplesSeconds, r => r.SamplesSeconds, "BenchmarkDotNet timings", "is timing enabled in both?")
            : metric == CostMetrics.TimeCpuMedianName ? JudgeTiming(gate, limit, row, pairs, t => t.CpuSamplesSeconds, r => r.CpuSamplesSeconds, "CPU time samples", "is timing enabled in both, and the baseline's run.json recent enough to hold timing.cpuSamplesSeconds?")
            : JudgeQuality(gate, check, limit, row, pairs);
    }

    private GateOutcome JudgeTiming(
        GateDefinition gate,
        double limit,
        AggregateResult row,
        List<(CellResult Current, CellResult Baseline)> pairs,
        Func<TimingResult, IReadOnlyList<double>?> samplesOf,
        Func<ReferenceTiming, IReadOnlyList<double>> referenceOf,
        string what,
        string hint)
    {
        const GateCheck check = GateCheck.MaxIncrease;
        static bool Has(TimingResult? timing, Func<TimingResult, IReadOnlyList<double>?> of) => timing is not null && of(timing) is { Count: > 0 };

        // An interleaved reference in every timed cell of the row decides instead of the stored baseline's samples.
        var measured = pairs.Where(p => Has(p.Current.Timing, samplesOf)).ToList();
        if (measured.Count > 0 && measured.All(p => p.Current.Timing!.Reference is { } r && referenceOf(r).Count == samplesOf(p.Current.Timing!)!.Count))
        {
            return JudgeAgainstReference(gate, limit, row, measured.Select(p => p.Current.Timing!).ToList(), samplesOf, referenceOf);
        }
        var timed = pairs.Where(p => Has(p.Current.Timing, samplesOf) && Has(p.Baseline.Timing, samplesOf)).ToList();
        var now = timed.SelectMany(p => samplesOf(p.Current.Timing!)!).ToList();
        var before = timed.SelectMany(p => samplesOf(p.Baseline.Timing!)!).ToList();
        var verdict = TimingTest.Compare(now, before, options.Alpha);
        double? cur = now.Count > 0 ? verdict.CurrentMedian : null;
        double? bas = before.Count > 0 ? verdict.BaselineMedian : null;
        GateOutcome Make(GateStatus status, string? code, string message) =>
            Outcome(gate, check, limit, row, cur, bas, status, code, message) with
            {
                PValue = verdict.PValue,
                CurrentSamples = now.Count,
                BaselineSamples = before.Count,
            };

        if (timed.Count == 0)
        {
            return Make(GateStatus.Inconclusive, GateCodes.Inconclusive,
                $"No cell of {RowId(row)} has {what} in both runs, so {check.SuiteName()} of {gate.Metric} cannot be judged ({hint})");
        }

        var medians = $"(medians {N(verdict.BaselineMedian)} s → {N(verdict.CurrentMedian)} s over {now.Count} and {before.Count} iterations)";
        if (!verdict.Decidable)
        {
            return Make(GateStatus.Inconclusive, GateCodes.Inconclusive,
                string.Create(CultureInfo.InvariantCulture, $"{now.Count} current and {before.Count} baseline timing iterations are too few for the Mann–Whitney test to reach alpha {options.Alpha} {medians}; raise timing iterations or seeds (at alpha 0.01: at least 5 on each side)"));
        }

        if (!(verdict.BaselineMedian > 0))
        {
            return verdict.CurrentMedian <= verdict.BaselineMedian
                ? Make(GateStatus.Pass, null, $"{gate.Metric} did not increase {medians}")
                : Make(GateStatus.Inconclusive, GateCodes.Inconclusive, $"{gate.Metric} rose from a baseline median of 0 {medians}; a relative increase cannot be judged");
        }

        return DecideTiming(gate, limit, (verdict.CurrentMedian / verdict.BaselineMedian) - 1, verdict.CurrentMedian - verdict.BaselineMedian, "a difference", "Mann–Whitney", verdict.PValue!.Value, medians, Make);
    }

    /// <summary>The three conditions of a timing regression (ratio, floor, test) and the message either way.</summary>
    private GateOutcome DecideTiming(GateDefinition gate, double limit, double relative, double difference, string differenceName, string testName, double p, string medians, Func<GateStatus, string?, string, GateOutcome> make)
    {
        var relativeLimit = gate.MaxIncreaseIsRelative ? limit : options.TimingRelativeThreshold;
        var absoluteLimit = gate.MaxIncreaseIsRelative ? options.TimingNoiseFloorSeconds : Math.Max(limit, options.TimingNoiseFloorSeconds);
        var overRatio = Exceeds(relative, relativeLimit, 1);
        var overFloor = difference > absoluteLimit;
        var slower = p <= options.Alpha;
        var test = string.Create(CultureInfo.InvariantCulture, $"{testName} p = {p:G3}");
        if (overRatio && overFloor && slower)
        {
            return make(GateStatus.Fail, GateCodes.MaxIncreaseExceeded,
                $"{gate.Metric} increased by {Percent(relative)} {medians}, more than max-increase {LimitText(gate, limit)}, above the {N(absoluteLimit)} s floor, and slower by the test ({test} ≤ {N(options.Alpha)})");
        }

        var why = !overRatio
            ? (gate.MaxIncreaseIsRelative ? $"within max-increase {Percent(limit)}" : $"within the {Percent(relativeLimit)} relative threshold (max-increase {LimitText(gate, limit)})")
            : !overFloor ? $"{differenceName} of {N(difference)} s, not over the {N(absoluteLimit)} s floor (max-increase {LimitText(gate, limit)})"
            : $"not shown slower ({test} > {N(options.Alpha)}; max-increase {LimitText(gate, limit)})";
        return make(GateStatus.Pass, null, $"{gate.Metric} changed by {Signed(Percent(relative), relative)} {medians}: {why}");
    }

    /// <summary>
    /// Timing against the interleaved reference: a regression needs the median per-iteration ratio over the relative
    /// threshold, the median per-iteration difference over the noise floor, and the one-sided Wilcoxon signed-rank test
    /// on the log ratios saying "slower" at alpha (the paired counterpart of the Mann–Whitney test used against a stored
    /// baseline, whose samples were taken at another time on another load).
    /// </summary>
    private GateOutcome JudgeAgainstReference(
        GateDefinition gate,
        double limit,
        AggregateResult row,
        List<TimingResult> timings,
        Func<TimingResult, IReadOnlyList<double>?> samplesOf,
        Func<ReferenceTiming, IReadOnlyList<double>> referenceOf)
    {
        const GateCheck check = GateCheck.MaxIncrease;
        var now = timings.SelectMany(t => samplesOf(t)!).ToList();
        var beside = timings.SelectMany(t => referenceOf(t.Reference!)).ToList();
        var verdict = PairedTimingVerdict.Of(now, beside, options.Alpha);
        var sources = string.Join(", ", timings.Select(t => t.Reference!.Source).Distinct(StringComparer.Ordinal));
        GateOutcome Make(GateStatus status, string? code, string message) =>
            Outcome(gate, check, limit, row, verdict.CurrentMedian, verdict.ReferenceMedian, status, code, message) with
            {
                PValue = verdict.PValue,
                CurrentSamples = now.Count,
                BaselineSamples = beside.Count,
            };

        var medians = string.Create(CultureInfo.InvariantCulture, $"(interleaved reference {sources}: medians {N(verdict.ReferenceMedian)} s → {N(verdict.CurrentMedian)} s, median per-iteration ratio {verdict.MedianRatio:0.###} over {verdict.Pairs} pairs)");
        if (!verdict.Decidable)
        {
            return Make(GateStatus.Inconclusive, GateCodes.Inconclusive,
                string.Create(CultureInfo.InvariantCulture, $"{verdict.Pairs} interleaved pairs are too few for the signed-rank test to reach alpha {options.Alpha} {medians}; raise timing iterations or seeds (at alpha 0.01: at least 7 pairs)"));
        }

        return DecideTiming(gate, limit, verdict.MedianRatio - 1, verdict.MedianDifference, "a median difference", "Wilcoxon signed-rank", verdict.PValue!.Value, medians, Make);
    }

    private GateOutcome JudgeQuality(GateDefinition gate, GateCheck check, double limit, AggregateResult row, List<(CellResult Current, CellResult Baseline)> pairs)
    {
        var metric = gate.Metric;
        var values = pairs
            .Where(p => p.Current.Metrics.ContainsKey(metric) && p.Baseline.Metrics.ContainsKey(metric))
            .Select(p => (Current: p.Current.Metrics[metric], Baseline: p.Baseline.Metrics[metric]))
            .ToList();
        if (values.Count < options.MinimumSeeds)
        {
            return Outcome(gate, check, limit, row, row.Mean, null, GateStatus.Inconclusive, GateCodes.Inconclusive,
                string.Create(CultureInfo.InvariantCulture, $"Only {values.Count} seed(s) of {RowId(row)} pair with the baseline for {metric}; {check.SuiteName()} needs at least {options.MinimumSeeds} (add seeds to the suite)")) with
            {
                CurrentSamples = values.Count,
                BaselineSamples = values.Count,
            };
        }

        var now = values.Sum(v => v.Current) / values.Count;
        var old = values.Sum(v => v.Baseline) / values.Count;
        var interval = PairedInterval.Of([.. values.Select(v => v.Current - v.Baseline)], options.QualityConfidence);
        var change = $"({N(old)} → {N(now)})";
        var confidence = Percent(options.QualityConfidence);

        // The judged amount, in the check's units: a drop for max-drop, an increase (absolute or relative) for max-increase.
        double low, high, point, scale = 1;
        string amount;
        if (check == GateCheck.MaxDrop)
        {
            (point, low, high) = (-interval.Mean, -interval.Upper, -interval.Lower);
            amount = "drop";
        }
        else if (!gate.MaxIncreaseIsRelative)
        {
            (point, low, high) = (interval.Mean, interval.Lower, interval.Upper);
            amount = "increase";
        }
        else if (old == 0)
        {
            // A relative change from zero is undefined unless nothing rose.
            return interval.Upper <= 0
                ? Outcome(gate, check, limit, row, now, old, GateStatus.Pass, null, $"{metric} did not increase {change}, within max-increase {Percent(limit)}")
                : Outcome(gate, check, limit, row, now, old, GateStatus.Inconclusive, GateCodes.Inconclusive, $"{metric} rose from a baseline of 0 {change}; a relative max-increase of {Percent(limit)} cannot be judged");
        }
        else
        {
            scale = Math.Abs(old);
            (point, low, high) = (interval.Mean / scale, interval.Lower / scale, interval.Upper / scale);
            amount = "relative increase";
        }

        var relative = check == GateCheck.MaxIncrease && gate.MaxIncreaseIsRelative;
        // + 0.0 turns a negated zero into a plain one, so a pass never reads "[-0, -0]".
        string Show(double v) => relative ? Percent(v + 0.0) : N(v + 0.0);
        var evidence = string.Create(CultureInfo.InvariantCulture, $"{values.Count} paired seeds; {confidence} interval of the {amount} [{Show(low)}, {Show(high)}]");
        GateOutcome Make(GateStatus status, string? code, string message) =>
            Outcome(gate, check, limit, row, now, old, status, code, message) with
            {
                IntervalLower = low,
                IntervalUpper = high,
                CurrentSamples = values.Count,
                BaselineSamples = values.Count,
            };

        var verb = check == GateCheck.MaxDrop ? "dropped" : "increased";
        var limitText = $"{check.SuiteName()} {(relative ? Percent(limit) : N(limit))}";
        if (Exceeds(low, limit, old / scale, now / scale))
        {
            return Make(GateStatus.Fail, check == GateCheck.MaxDrop ? GateCodes.MaxDropExceeded : GateCodes.MaxIncreaseExceeded,
                $"{metric} {verb} by {Show(point)} {change}, more than {limitText} ({evidence})");
        }

        if (!Exceeds(high, limit, old / scale, now / scale))
        {
            var moved = check == GateCheck.MaxDrop ? now - old : (relative ? point : now - old);
            return Make(GateStatus.Pass, null, $"{metric} changed by {Signed(Show(moved), moved)} {change}, within {limitText} ({evidence})");
        }

        return Make(GateStatus.Inconclusive, GateCodes.Inconclusive,
            $"{metric} {verb} by {Show(point)} {change}, but the interval straddles {limitText} ({evidence}); add seeds to decide");
    }

    private static string LimitText(GateDefinition gate, double limit) => gate.MaxIncreaseIsRelative ? Percent(limit) : N(limit) + " s";

    private static bool InRow(CellKey key, AggregateResult row) =>
        key.Dataset == row.Dataset && key.Corruption == row.Corruption && key.Model == row.Model && key.Estimator == row.Estimator;

    private static bool SameRow(AggregateResult a, AggregateResult b) =>
        a.Metric == b.Metric && a.Dataset == b.Dataset && a.Corruption == b.Corruption
        && a.Model == b.Model && a.Estimator == b.Estimator;
}
