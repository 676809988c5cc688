using SampleImportance.Reporting.Gates;
using Spectre.Console;

namespace SampleImportance.Cli.Output;

/// <summary>Prints the regression verdict and each outcome that did not pass.</summary>
internal static class RegressionConsole
{
    public static void Write(RegressionReport report) => Write(report, GateFailurePolicy.Default);

    /// <summary>Outcomes that fail under <paramref name="policy"/> print as errors; suppressed and let-through ones, and report warnings, as warnings.</summary>
    public static void Write(RegressionReport report, GateFailurePolicy policy)
    {
        foreach (var outcome in report.Gates.Where(g => g.Status != GateStatus.Pass))
        {
            var kind = policy.Fails(outcome) ? "error" : "warning";
            System.Console.Error.WriteLine($"{outcome.File}({outcome.Line},{outcome.Column}): {kind} {outcome.Code}: {outcome.Message}");
        }

        foreach (var warning in report.Warnings ?? [])
        {
            System.Console.Error.WriteLine($"{warning.File}({warning.Line},1): warning {warning.Code}: {warning.Message}");
        }

        AnsiConsole.MarkupLine(!policy.Fails(report)
            ? $"[green]Gates passed[/] ({report.Gates.Count} checks)."
            : $"[red]Gates failed[/]: {report.Gates.Count(policy.Fails)} of {report.Gates.Count} checks did not pass.");
    }
}
