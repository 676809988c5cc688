using System.Globalization;
using SampleImportance.Engine.Results;
using SampleImportance.Reporting.Gates.Baselines;
using SampleImportance.Reporting.Gates.Statistics;
using SampleImportance.Suites;

namespace SampleImportance.Reporting.Gates;

/// <summary>
/// Judges a current run against a baseline with a list of gates. Every gate, for every current aggregate row it
/// selects, yields one <see cref="GateOutcome"/> per threshold it sets. <c>min</c> and <c>max</c> judge the row's
/// mean; <c>max-drop</c> and <c>max-increase</c> judge the row's cells against the baseline's with statistics
/// (<see cref="BaselineJudge"/>, <see cref="GateStatisticsOptions"/>). Anything that cannot be judged is
/// <see cref="GateStatus.Inconclusive"/>, never a pass: a gate that selects no current row, a row with nothing to
/// pair in the baseline, too few seeds or iterations to decide, cells whose setup changed
/// (<see cref="GateCodes.Incomparable"/>), and every would-be pass when the current run is incomplete (a note saying
/// so is appended to each outcome's message; failures stay failures, since the rows that did run already regressed).
/// A gate that sets no threshold judges nothing and yields no outcome.
/// </summary>
public static class RegressionComparer
{
    /// <summary>Compares <paramref name="current"/> with <paramref name="baseline"/> (normally with <c>current.Suite.Gates</c>).</summary>
    /// <param name="options">How baseline checks decide; null for <see cref="GateStatisticsOptions.Default"/>.</param>
    public static RegressionReport Compare(
        RunResult current,
        RunResult baseline,
        IReadOnlyList<GateDefinition> gates,
        string runPath,
        string baselinePath,
        DateTimeOffset generatedAt,
        GateStatisticsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(gates);
        ArgumentNullException.ThrowIfNull(runPath);
        ArgumentNullException.ThrowIfNull(baselinePath);
        options ??= GateStatisticsOptions.Default;
        options.Validate();

        var currentRows = current.Aggregates
            .OrderBy(r => r.Dataset, StringComparer.Ordinal)
            .ThenBy(r => r.Corruption, StringComparer.Ordinal)
            .ThenBy(r => r.Model, StringComparer.Ordinal)
            .ThenBy(r => r.Estimator, StringComparer.Ordinal)
            .ToList();
        var cells = CellMatcher.Match(current.Cells, baseline.Cells);
        var judge = new BaselineJudge(current, baseline, cells, options);

        var outcomes = new List<GateOutcome>();
        foreach (var gate in gates)
        {
            var checks = Checks(gate);
            var selected = currentRows.Where(r => Selects(gate, r)).ToList();
            if (selected.Count == 0)
            {
                outcomes.AddRange(checks.Select(c => NothingSelected(gate, c.Check, c.Limit)));
                continue;
            }

            foreach (var row in selected)
            {
                outcomes.AddRange(checks.Select(c => c.Check is GateCheck.Min or GateCheck.Max
                    ? JudgeBound(gate, c.Check, c.Limit, row)
                    : judge.Judge(gate, c.Check, c.Limit, row)));
            }
        }

        if (!current.Complete)
        {
            outcomes = outcomes.Select(MarkIncomplete).ToList();
        }

        return new RegressionReport(
            RegressionReport.SchemaId,
            RegressionReport.CurrentSchemaVersion,
            new RegressionSuite(current.Suite.Name, current.Suite.File),
            runPath,
            baselinePath,
            generatedAt,
            Passed: IsPassed(outcomes),
            outcomes,
            cells,
            []);
    }

    /// <summary>True when there is at least one outcome and each passed or is suppressed.</summary>
    internal static bool IsPassed(IReadOnlyList<GateOutcome> outcomes) =>
        outcomes.Count > 0 && outcomes.All(o => o.Status is GateStatus.Pass or GateStatus.Suppressed);

    private static List<(GateCheck Check, double Limit)> Checks(GateDefinition gate)
    {
        var checks = new List<(GateCheck, double)>(4);
        if (gate.Min is { } min)
        {
            checks.Add((GateCheck.Min, min));
        }

        if (gate.Max is { } max)
        {
            checks.Add((GateCheck.Max, max));
        }

        if (gate.MaxDrop is { } drop)
        {
            checks.Add((GateCheck.MaxDrop, drop));
        }

        if (gate.MaxIncrease is { } increase)
        {
            checks.Add((GateCheck.MaxIncrease, increase));
        }

        return checks;
    }

    private static bool Selects(GateDefinition gate, AggregateResult row) =>
        row.Metric == gate.Metric
        && (gate.Estimator is null || row.Estimator == gate.Estimator)
        && (gate.Model is null || row.Model == gate.Model)
        && (gate.Dataset is null || row.Dataset == gate.Dataset);

    private static GateOutcome JudgeBound(GateDefinition gate, GateCheck check, double limit, AggregateResult row)
    {
        var metric = gate.Metric;
        var value = row.Mean;
        return check == GateCheck.Min
            ? Exceeds(limit, value, value)
                ? Outcome(gate, check, limit, row, value, null, GateStatus.Fail, GateCodes.MinMaxFailed, $"{metric} is {N(value)}, below min {N(limit)}")
                : Outcome(gate, check, limit, row, value, null, GateStatus.Pass, null, $"{metric} is {N(value)}, at least min {N(limit)}")
            : Exceeds(value, limit, value)
                ? Outcome(gate, check, limit, row, value, null, GateStatus.Fail, GateCodes.MinMaxFailed, $"{metric} is {N(value)}, above max {N(limit)}")
                : Outcome(gate, check, limit, row, value, null, GateStatus.Pass, null, $"{metric} is {N(value)}, at most max {N(limit)}");
    }

    /// <summary>
    /// <paramref name="amount"/> &gt; <paramref name="limit"/> by more than rounding noise: 0.9 − 0.85 is
    /// 0.050000000000000044 in binary, and a drop printed as 0.05 must not fail "more than max-drop 0.05".
    /// </summary>
    internal static bool Exceeds(double amount, double limit, params ReadOnlySpan<double> scale)
    {
        var magnitude = Math.Max(1, Math.Abs(limit));
        foreach (var value in scale)
        {
            magnitude = Math.Max(magnitude, Math.Abs(value));
        }

        return amount - limit > 1e-12 * magnitude;
    }

    private static GateOutcome NothingSelected(GateDefinition gate, GateCheck check, double limit) =>
        new(GateCodes.Inconclusive, GateStatus.Inconclusive, check, gate.Metric, gate.Estimator, gate.Model, gate.Dataset, null,
            null, null, limit,
            $"No {gate.Metric} result in the current run matches {FilterText(gate)}, so {check.SuiteName()} cannot be judged (check the metric and ids, or whether those cells failed)",
            gate.File, gate.Line, gate.Column);

    internal static GateOutcome Outcome(
        GateDefinition gate, GateCheck check, double limit, AggregateResult row, double? current, double? baseline,
        GateStatus status, string? code, string message) =>
        new(code, status, check, gate.Metric, row.Estimator, row.Model, row.Dataset, row.Corruption,
            current, baseline, limit, message, gate.File, gate.Line, gate.Column);

    private static GateOutcome MarkIncomplete(GateOutcome outcome)
    {
        const string PassNote = " (note: the current run is incomplete, so a pass cannot be confirmed)";
        const string OtherNote = " (note: the current run is incomplete; its results may be partial)";
        return outcome.Status == GateStatus.Pass
            ? outcome with { Status = GateStatus.Inconclusive, Code = GateCodes.Inconclusive, Message = outcome.Message + PassNote }
            : outcome with { Message = outcome.Message + OtherNote };
    }

    /// <summary>The <c>dataset/corruption/model/estimator</c> path of a row, as in cell ids.</summary>
    internal static string RowId(AggregateResult row) => $"{row.Dataset}/{row.Corruption}/{row.Model}/{row.Estimator}";

    private static string FilterText(GateDefinition gate) =>
        $"dataset={gate.Dataset ?? "*"}, model={gate.Model ?? "*"}, estimator={gate.Estimator ?? "*"}";

    internal static string Signed(string text, double value) => value > 0 ? "+" + text : text;

    internal static string N(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A fraction as the percentage a suite writes, e.g. 0.1 → <c>10%</c>.</summary>
    internal static string Percent(double fraction) => (fraction * 100).ToString("G4", CultureInfo.InvariantCulture) + "%";
}
