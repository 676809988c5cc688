using System.Globalization;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Suites;

namespace SampleImportance.Cli.Output;

/// <summary>One line per finished cell, with its headline metrics: for logs and CI, where a live progress bar would only add noise.</summary>
/// <param name="metrics">The plan's metrics (<see cref="SuitePlan.Metrics"/>); the headline ones are shown.</param>
internal sealed class PlainRunObserver(IReadOnlyList<ResultMetric> metrics) : IRunObserver
{
    private readonly IReadOnlyList<string> _headline = metrics.Where(m => m.Role == ResultMetricRole.Headline).Select(m => m.Name).ToList();

    public void CellStarted(CellKey key, int index, int total)
    {
    }

    public void CellPhase(CellKey key, string phase)
    {
    }

    public void CellFinished(CellResult result, int index, int total)
    {
        var headline = string.Concat(_headline
            .Where(result.Metrics.ContainsKey)
            .Select(name => " " + name + "=" + result.Metrics[name].ToString("0.000", CultureInfo.InvariantCulture)));
        var time = result.Timing is { } t ? " time=" + t.MedianSeconds.ToString("0.000", CultureInfo.InvariantCulture) + "s" : string.Empty;
        var error = result.Error is null ? string.Empty : " — " + result.Error;
        System.Console.WriteLine($"[{index + 1}/{total}] {result.Key.Id}: {result.Status}{headline}{time}{error}");
    }
}
