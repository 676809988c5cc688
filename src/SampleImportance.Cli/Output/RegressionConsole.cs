using SampleImportance.Reporting.Gates;
using Spectre.Console;

namespace SampleImportance.Cli.Output;

/// <summary>Prints the regression verdict and each outcome that did not pass.</summary>
internal static class RegressionConsole
{
    public static void Write(RegressionReport report)
    {
        foreach (var outcome in report.Gates.Where(g => g.Status != GateStatus.Pass))
        {
            System.Console.Error.WriteLine($"{outcome.File}({outcome.Line},{outcome.Column}): error {outcome.Code}: {outcome.Message}");
        }

        AnsiConsole.MarkupLine(report.Passed
            ? $"[green]Gates passed[/] ({report.Gates.Count} checks)."
            : $"[red]Gates failed[/]: {report.Gates.Count(g => g.Status != GateStatus.Pass)} of {report.Gates.Count} checks did not pass.");
    }
}
