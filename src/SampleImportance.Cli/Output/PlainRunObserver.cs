using System.Globalization;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Evaluation;
using SampleImportance.Suites;

namespace SampleImportance.Cli.Output;

/// <summary>One line per finished cell: for logs and CI, where a live progress bar would only add noise.</summary>
internal sealed class PlainRunObserver : IRunObserver
{
    public void CellStarted(CellKey key, int index, int total)
    {
    }

    public void CellPhase(CellKey key, string phase)
    {
    }

    public void CellFinished(CellResult result, int index, int total)
    {
        var auroc = result.Metrics.TryGetValue(MetricNames.Auroc, out var a) ? " auroc=" + a.ToString("0.000", CultureInfo.InvariantCulture) : string.Empty;
        var time = result.Timing is { } t ? " time=" + t.MedianSeconds.ToString("0.000", CultureInfo.InvariantCulture) + "s" : string.Empty;
        var error = result.Error is null ? string.Empty : " — " + result.Error;
        System.Console.WriteLine($"[{index + 1}/{total}] {result.Key.Id}: {result.Status}{auroc}{time}{error}");
    }
}
