using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Suites;
using Spectre.Console;

namespace SampleImportance.Cli.Output;

/// <summary>Drives a Spectre.Console progress bar: one task for the run, described by the current cell and phase.</summary>
internal sealed class SpectreRunObserver(ProgressTask task) : IRunObserver
{
    public void CellStarted(CellKey key, int index, int total)
    {
        task.MaxValue = total;
        task.Description = Markup.Escape($"{key.Id}");
    }

    public void CellPhase(CellKey key, string phase) => task.Description = Markup.Escape($"{key.Id} · {phase}");

    public void CellFinished(CellResult result, int index, int total)
    {
        task.Increment(1);
        if (result.Status != CellStatus.Succeeded)
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(result.Key.Id)}: {result.Status}[/] {Markup.Escape(result.Error ?? string.Empty)}");
        }
    }
}
