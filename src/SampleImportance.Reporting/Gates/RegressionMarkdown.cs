using System.Globalization;
using SampleImportance.Reporting;

namespace SampleImportance.Reporting.Gates;

/// <summary>The Markdown view of a <see cref="RegressionReport"/>: a verdict line, then one table row per outcome.</summary>
public static class RegressionMarkdown
{
    /// <summary>Renders <paramref name="report"/>; a pure function of it, so it is snapshot-tested.</summary>
    public static string Render(RegressionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new Markdown();
        var failed = report.Gates.Count(g => g.Status == GateStatus.Fail);
        var inconclusive = report.Gates.Count(g => g.Status == GateStatus.Inconclusive);
        var suppressed = report.Gates.Count(g => g.Status == GateStatus.Suppressed);
        var total = report.Gates.Count;

        md.Line("# Regression report: " + report.Suite.Name);
        md.Blank();
        md.Line(Verdict(report.Passed, total, failed, inconclusive, suppressed));
        md.Blank();
        md.Line($"- Suite: {MarkdownText.Code(report.Suite.File)}");
        md.Line($"- Run: {MarkdownText.Code(report.Run)}");
        md.Line($"- Baseline: {MarkdownText.Code(report.Baseline)}");
        md.Line($"- Generated: {report.GeneratedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}");
        md.Blank();

        if (total == 0)
        {
            md.Line("No gate produced an outcome: the suite defines no gates with thresholds.");
            BaselineSections(md, report);
            return md.ToString();
        }

        md.Line("| Status | Code | Metric | Selection | Current | Baseline | Limit | Message | Location |");
        md.Line("|:---|:---|:---|:---|---:|---:|---:|:---|:---|");
        foreach (var gate in report.Gates)
        {
            md.Line("| " + string.Join(" | ",
                StatusText(gate.Status),
                gate.Code ?? string.Empty,
                MarkdownText.Cell(gate.Metric),
                MarkdownText.Cell(Selection(gate)),
                gate.Current is { } current ? MarkdownText.Number(current) : MarkdownText.Missing,
                gate.Baseline is { } baseline ? MarkdownText.Number(baseline) : MarkdownText.Missing,
                MarkdownText.Cell(Limit(gate)),
                MarkdownText.Cell(gate.Message),
                MarkdownText.Cell(string.Create(CultureInfo.InvariantCulture, $"{gate.File}:{gate.Line}"))) + " |");
        }

        md.Blank();
        BaselineSections(md, report);
        return md.ToString();
    }

    private static string Verdict(bool passed, int total, int failed, int inconclusive, int suppressed)
    {
        if (passed)
        {
            return suppressed == 0
                ? string.Create(CultureInfo.InvariantCulture, $"**PASSED**: all {total} gate checks passed.")
                : string.Create(CultureInfo.InvariantCulture, $"**PASSED**: {total - suppressed} of {total} gate checks passed, {suppressed} suppressed as accepted regressions.");
        }

        if (total == 0)
        {
            return "**FAILED**: nothing was checked, and a gate never passes by default.";
        }

        var verdict = failed > 0 ? "**FAILED**" : "**INCONCLUSIVE** (treated as a failure)";
        var tail = suppressed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {suppressed} suppressed.") : ".";
        return string.Create(CultureInfo.InvariantCulture,
            $"{verdict}: {failed} of {total} gate checks failed, {inconclusive} inconclusive, {total - failed - inconclusive - suppressed} passed{tail}");
    }

    /// <summary>New, missing and changed cells and report warnings; nothing at all when there are none.</summary>
    private static void BaselineSections(Markdown md, RegressionReport report)
    {
        if (report.Cells is { } cells && (cells.New.Count + cells.Missing.Count + cells.Changed.Count) > 0)
        {
            md.Line("## Cells against the baseline");
            md.Blank();
            md.Line(string.Create(CultureInfo.InvariantCulture,
                $"{cells.Matched} matched, {cells.New.Count} new, {cells.Missing.Count} missing, {cells.Changed.Count} changed (incomparable)."));
            md.Blank();
            foreach (var id in cells.New)
            {
                md.Line($"- new: {MarkdownText.Code(id)}");
            }

            foreach (var id in cells.Missing)
            {
                md.Line($"- missing: {MarkdownText.Code(id)}");
            }

            foreach (var change in cells.Changed)
            {
                md.Line($"- changed: {MarkdownText.Code(change.Cell)}: {MarkdownText.Cell(change.Reason)}");
            }

            md.Blank();
        }

        if (report.Warnings is { Count: > 0 } warnings)
        {
            md.Line("## Warnings");
            md.Blank();
            foreach (var warning in warnings)
            {
                md.Line(string.Create(CultureInfo.InvariantCulture, $"- {warning.Code}: {MarkdownText.Cell(warning.Message)} ({MarkdownText.Code($"{warning.File}:{warning.Line}")})"));
            }

            md.Blank();
        }
    }

    private static string StatusText(GateStatus status) => status switch
    {
        GateStatus.Pass => "✅ pass",
        GateStatus.Fail => "❌ fail",
        GateStatus.Suppressed => "🔕 suppressed",
        _ => "⚠️ inconclusive",
    };

    /// <summary><c>dataset/corruption/model/estimator</c>, with <c>*</c> for a filter that was not set.</summary>
    private static string Selection(GateOutcome gate) =>
        $"{gate.Dataset ?? "*"}/{gate.Corruption ?? "*"}/{gate.Model ?? "*"}/{gate.Estimator ?? "*"}";

    private static string Limit(GateOutcome gate)
    {
        var name = gate.Check.SuiteName();

        // regression.json keeps a relative max-increase as a bare fraction; the comparer's message names the limit
        // as the percentage the suite was written in, so show that form when the message does.
        var percent = RegressionComparer.Percent(gate.Limit);
        var relative = gate.Check == GateCheck.MaxIncrease
            && gate.Message.Contains("max-increase " + percent, StringComparison.Ordinal);
        return name + " " + (relative ? percent : MarkdownText.Number(gate.Limit));
    }
}
