using System.Globalization;

namespace SampleImportance.Reporting.Gates.Suppressions;

/// <summary>
/// Applies accepted regressions to a report: a failed or inconclusive outcome that an unexpired entry matches becomes
/// <see cref="GateStatus.Suppressed"/> (code <see cref="GateCodes.Suppressed"/>), reported but not failing. An expired
/// entry suppresses nothing and adds a <see cref="GateCodes.SuppressionExpired"/> warning. "Today" comes from the
/// <see cref="TimeProvider"/>, so tests can move it.
/// </summary>
public static class SuppressionApplier
{
    /// <summary>The report with suppressions applied and <c>passed</c> recomputed.</summary>
    public static RegressionReport Apply(RegressionReport report, IReadOnlyList<Suppression> suppressions, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(suppressions);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var active = suppressions.Where(s => !s.IsExpired(now)).ToList();
        var warnings = new List<GateWarning>(report.Warnings ?? []);
        foreach (var expired in suppressions.Where(s => s.IsExpired(now)))
        {
            warnings.Add(new GateWarning(
                GateCodes.SuppressionExpired,
                string.Create(CultureInfo.InvariantCulture,
                    $"The suppression of {expired.Metric} for {expired.Cell} expired on {expired.Expires:yyyy-MM-dd} and no longer suppresses; fix the regression, or renew the entry with a new date and reason"),
                expired.File,
                expired.Line));
        }

        var gates = report.Gates.Select(outcome =>
        {
            if (outcome.Status is GateStatus.Pass or GateStatus.Suppressed || active.FirstOrDefault(s => s.Matches(outcome)) is not { } entry)
            {
                return outcome;
            }

            var where = string.Create(CultureInfo.InvariantCulture, $"{entry.File}:{entry.Line}");
            return outcome with
            {
                Status = GateStatus.Suppressed,
                Code = GateCodes.Suppressed,
                Message = $"{outcome.Message} [suppressed: {entry.Reason}]",
                Suppression = $"{entry.Reason} ({where})",
            };
        }).ToList();

        return report with { Gates = gates, Passed = RegressionComparer.IsPassed(gates), Warnings = warnings };
    }
}
