using SampleImportance.Engine.Results;
using SampleImportance.Reporting.Gates;

namespace SampleImportance.Reporting.Output;

/// <summary>
/// The reports of one finished run (run.json, leaderboard.md, and with a baseline regression.json and regression.md),
/// rendered in memory so <see cref="RunDirectory.Finish"/> can write them all or none. Each failure names the file
/// that could not be produced (<see cref="ReportStageException"/>).
/// </summary>
public static class RunReports
{
    public const string RunFileName = "run.json";
    public const string LeaderboardFileName = "leaderboard.md";
    public const string RegressionJsonFileName = "regression.json";
    public const string RegressionMarkdownFileName = "regression.md";

    /// <summary>Renders the reports of <paramref name="run"/>; with <paramref name="baseline"/>, judges its gates too.</summary>
    /// <param name="run">The finished run.</param>
    /// <param name="runPath">Where run.json will be (recorded in the regression report).</param>
    /// <param name="baseline">The baseline run, or null.</param>
    /// <param name="baselinePath">The baseline's path (required with a baseline).</param>
    /// <param name="generatedAt">The regression report's time stamp.</param>
    /// <param name="regression">The regression report, or null without a baseline.</param>
    /// <exception cref="ReportStageException">A report could not be produced; the stage names it.</exception>
    public static ReportSet Build(RunResult run, string runPath, RunResult? baseline, string? baselinePath, DateTimeOffset generatedAt, out RegressionReport? regression)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(runPath);
        var set = new ReportSet();
        set.Add(RunFileName, Stage("writing " + RunFileName, () => RunJson.Serialize(run)));
        set.Add(LeaderboardFileName, Stage("writing " + LeaderboardFileName, () => LeaderboardMarkdown.Render(run)));
        regression = null;
        if (baseline is not null)
        {
            ArgumentNullException.ThrowIfNull(baselinePath);
            var report = Stage("comparing with the baseline", () => RegressionComparer.Compare(run, baseline, run.Suite.Gates, runPath, baselinePath, generatedAt));
            set.Add(RegressionJsonFileName, Stage("writing " + RegressionJsonFileName, () => RegressionJson.Serialize(report)));
            set.Add(RegressionMarkdownFileName, Stage("writing " + RegressionMarkdownFileName, () => RegressionMarkdown.Render(report)));
            regression = report;
        }

        return set;
    }

    private static T Stage<T>(string stage, Func<T> produce)
    {
        try
        {
            return produce();
        }
        catch (Exception ex)
        {
            throw new ReportStageException(stage, ex);
        }
    }
}
