using System.Globalization;
using System.Text;
using SampleImportance.Build.Tasks.Diagnostics;
using SampleImportance.Build.Tasks.Reports;
using SampleImportance.Build.Tasks.Suppressions;

namespace SampleImportance.Build.Tasks.Evaluation;

/// <summary>
/// Judges a readable report: one coded error per gate that did not pass, located at the gate's suite line,
/// plus SIG015 when the report's own <c>passed</c> disagrees with its gates; suppressed gates, the report's own
/// warnings and expired accepted regressions are warnings.
/// </summary>
internal static class GateEvaluator
{
    /// <param name="report">A report that passed the schema checks.</param>
    /// <param name="suiteFileFallback">Where to point a gate that names no file (the task's SuiteFile).</param>
    /// <param name="failOnInconclusive">False (SampleImportanceFailOn=regression) logs inconclusive gates as warnings.</param>
    /// <param name="accepted">
    /// Entries of SampleImportanceSuppressions to judge the report by, or null to trust the report's own
    /// <c>suppressed</c> statuses. Given, they decide alone: a failed or inconclusive gate an unexpired entry matches
    /// is suppressed (SIG006), a gate the report calls suppressed that no unexpired entry matches fails again, and
    /// each expired entry is a SIG007 warning.
    /// </param>
    /// <param name="today">The UTC date expiry is judged on.</param>
    public static GateEvaluation Evaluate(RegressionReport report, string? suiteFileFallback, bool failOnInconclusive = true, IReadOnlyList<AcceptedRegression>? accepted = null, DateOnly today = default)
    {
        var errors = new List<GateDiagnostic>();
        var warnings = new List<GateDiagnostic>(Warnings(report, accepted, today));
        var notes = new List<string>();
        var active = accepted?.Where(entry => !entry.IsExpiredOn(today)).ToList();
        int passed = 0, failed = 0, inconclusive = 0, suppressed = 0, tolerated = 0;

        foreach (var reported in report.Gates)
        {
            var gate = active is null ? reported : Rejudge(reported, active);
            switch (gate.Status)
            {
                case GateStatus.Pass:
                    passed++;
                    notes.Add($"Gate {gate.CheckName} passed for {Describe(gate)}: {Numbers(gate)}.");
                    break;
                case GateStatus.Fail:
                    failed++;
                    errors.Add(Locate(gate, report, suiteFileFallback, GateCodes.ForFailure(gate.Status, gate.Check),
                        $"Gate {gate.CheckName} failed for {Describe(gate)}: {gate.Message ?? Numbers(gate)}."));
                    break;
                case GateStatus.Suppressed:
                    suppressed++;
                    warnings.Add(Locate(gate, report, suiteFileFallback, GateCodes.Suppressed,
                        $"Gate {gate.CheckName} regressed for {Describe(gate)} but is suppressed as an accepted regression: {gate.Message ?? Numbers(gate)}."));
                    break;
                case GateStatus.Inconclusive when !failOnInconclusive:
                    tolerated++;
                    warnings.Add(Locate(gate, report, suiteFileFallback, InconclusiveCode(gate),
                        $"Gate {gate.CheckName} is inconclusive for {Describe(gate)} (SampleImportanceFailOn lets it through): {gate.Message ?? MissingData(gate)}."));
                    break;
                default:
                    inconclusive++;
                    errors.Add(Locate(gate, report, suiteFileFallback, InconclusiveCode(gate),
                        $"Gate {gate.CheckName} is inconclusive for {Describe(gate)}, and an inconclusive gate does not pass: {gate.Message ?? MissingData(gate)}."));
                    break;
            }
        }

        // The report's own verdict is checked against its own statuses (suppressed counts as passing), before any
        // re-judging, and knows nothing of SampleImportanceFailOn.
        var notPassedInReport = report.Gates.Count(g => g.Status is not (GateStatus.Pass or GateStatus.Suppressed)) + report.MalformedGates;
        if (report.Passed && notPassedInReport > 0)
        {
            errors.Add(new GateDiagnostic(
                GateCodes.InconsistentVerdict,
                $"Regression report '{report.Path}' says passed: true, but {notPassedInReport} of its gates did not pass; the report is inconsistent and is not trusted.",
                report.Path, 0, 0));
        }
        else if (!report.Passed && notPassedInReport == 0)
        {
            errors.Add(new GateDiagnostic(
                GateCodes.InconsistentVerdict,
                $"Regression report '{report.Path}' says passed: false, but every gate in it passed; the report is inconsistent and is not trusted.",
                report.Path, 0, 0));
        }

        return new GateEvaluation(errors, warnings, notes, passed, failed, inconclusive, report.MalformedGates, suppressed, tolerated);
    }

    /// <summary>The report's warnings, then one SIG007 per expired entry that the report does not already carry.</summary>
    private static IEnumerable<GateDiagnostic> Warnings(RegressionReport report, IReadOnlyList<AcceptedRegression>? accepted, DateOnly today)
    {
        var fromReport = (report.Warnings ?? []).Select(w => new GateDiagnostic(w.Code, w.Message, w.File is null ? report.Path : Resolve(w.File, report.Path), w.Line, 0)).ToList();
        var expired = (accepted ?? [])
            .Where(entry => entry.IsExpiredOn(today))
            .Where(entry => !fromReport.Any(w => w.Code == GateCodes.SuppressionExpired && w.File == entry.File && w.Line == entry.Line))
            .Select(entry => new GateDiagnostic(
                GateCodes.SuppressionExpired,
                $"The suppression of {entry.Metric} for {entry.Cell} expired on {entry.Expires:yyyy-MM-dd} and no longer suppresses; fix the regression, or renew the entry with a new date and reason.",
                entry.File,
                entry.Line,
                0));
        return fromReport.Concat(expired);
    }

    /// <summary>The gate as the accepted-regressions file judges it (see <see cref="Evaluate"/>).</summary>
    private static GateResult Rejudge(GateResult gate, IReadOnlyList<AcceptedRegression> active)
    {
        if (gate.Status == GateStatus.Pass)
        {
            return gate;
        }

        if (active.FirstOrDefault(entry => entry.Matches(gate)) is { } entry)
        {
            return gate with { Status = GateStatus.Suppressed, Message = $"{gate.Message ?? Numbers(gate)} [suppressed: {entry.Reason} ({entry.Location})]" };
        }

        // The report was suppressed by another file, or by an entry that has expired since: it fails again.
        return gate.Status != GateStatus.Suppressed ? gate : gate with
        {
            Status = GateStatus.Fail,
            Message = $"{gate.Message ?? Numbers(gate)} [the report calls it suppressed, but no unexpired entry of SampleImportanceSuppressions covers it]",
        };
    }

    // SIG005 (incomparable cells) is a kind of inconclusive the report may name; anything else inconclusive is SIG004.
    private static string InconclusiveCode(GateResult gate) =>
        gate.ReportedCode == GateCodes.Incomparable ? GateCodes.Incomparable : GateCodes.Inconclusive;

    private static GateDiagnostic Locate(GateResult gate, RegressionReport report, string? suiteFileFallback, string code, string message)
    {
        var file = gate.File ?? NullIfBlank(suiteFileFallback) ?? report.SuiteFile ?? report.Path;
        return new GateDiagnostic(code, message, Resolve(file, report.Path), gate.Line, gate.Column);
    }

    // Relative paths in a report are taken relative to the report, which is where the compare step wrote them from.
    private static string Resolve(string file, string reportPath)
    {
        // Suites shipped inside the tool are named "embedded:NAME.yaml": a name, not a path to resolve.
        if (Path.IsPathRooted(file) || file.StartsWith("embedded:", StringComparison.Ordinal))
        {
            return file;
        }

        var directory = Path.GetDirectoryName(reportPath);
        return directory is null ? file : Path.GetFullPath(Path.Combine(directory, file));
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>The metric and the cell it was measured in, e.g. <c>auroc (estimator knn, dataset clicks)</c>.</summary>
    private static string Describe(GateResult gate)
    {
        var cell = new List<string>(4);
        if (gate.Estimator is not null)
        {
            cell.Add("estimator " + gate.Estimator);
        }

        if (gate.Model is not null)
        {
            cell.Add("model " + gate.Model);
        }

        if (gate.Dataset is not null)
        {
            cell.Add("dataset " + gate.Dataset);
        }

        if (gate.Corruption is not null)
        {
            cell.Add("corruption " + gate.Corruption);
        }

        return cell.Count == 0 ? gate.Metric : $"{gate.Metric} ({string.Join(", ", cell)})";
    }

    private static string Numbers(GateResult gate)
    {
        var text = new StringBuilder();
        text.Append("current ").Append(Format(gate.Current));
        if (gate.Baseline is not null || gate.Check is GateCheck.MaxDrop or GateCheck.MaxIncrease)
        {
            text.Append(", baseline ").Append(Format(gate.Baseline));
        }

        text.Append(", ").Append(gate.CheckName).Append(' ').Append(Format(gate.Limit));
        return text.ToString();
    }

    private static string MissingData(GateResult gate)
    {
        var missing = new List<string>(2);
        if (gate.Current is null)
        {
            missing.Add("no current value in the run");
        }

        if (gate.Baseline is null && gate.Check is GateCheck.MaxDrop or GateCheck.MaxIncrease)
        {
            missing.Add("no value in the baseline");
        }

        return missing.Count == 0 ? Numbers(gate) : string.Join(" and ", missing);
    }

    private static string Format(double? value) =>
        value is { } number ? number.ToString("R", CultureInfo.InvariantCulture) : "missing";
}
