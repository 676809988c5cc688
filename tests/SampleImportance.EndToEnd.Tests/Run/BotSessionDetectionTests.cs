using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Run;

/// <summary>
/// Value per unit, end to end: on synthetic implicit feedback with 10% bot sessions, estimators that value whole
/// sessions (<c>unit: session</c>) find the bot sessions, scored over sessions, while reading the labels finds nothing.
/// </summary>
public sealed class BotSessionDetectionTests
{
    private const string Suite = """
        name: bot-sessions
        seeds: [1, 2, 3]
        datasets:
          - id: feedback
            source: synthetic/implicit-feedback
            params: { users: 60, items: 200 }
            split: { validation: 0.25, test: 0.25 }
            corruption: { kind: bot-sessions, rate: 0.1 }
        models:
          - { id: logistic, plugin: logistic-regression }
        estimators:
          - { id: random, plugin: random, unit: session }
          - { id: label-only, plugin: label-only, unit: session }
          - { id: loss, plugin: loss, unit: session }
          - { id: leave-one-out, plugin: leave-one-out, unit: session }
        tasks: [noisy-detection]
        timing: { enabled: false }
        """;

    [Fact]
    public async Task Bot_sessions_are_found_at_the_session_level()
    {
        using var work = new TempDirectory();
        var suite = work.Write("bot-sessions.yaml", Suite);

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "out");

        result.AssertExitCode(0);
        var run = RunJsonFile.Load(work.File("out/run.json"));
        Assert.All(run.Cells, cell => Assert.True(cell.Status == "succeeded", cell.ToString()));

        // Measured (seeds 1-3): loss 0.982, leave-one-out 0.982 mean AUROC over sessions.
        Assert.True(run.AggregateMean("loss", "noisy-detection.auroc") >= 0.85, run.Aggregate("loss", "noisy-detection.auroc").ToJsonString());
        Assert.True(run.AggregateMean("leave-one-out", "noisy-detection.auroc") >= 0.85, run.Aggregate("leave-one-out", "noisy-detection.auroc").ToJsonString());

        // Every session keeps its share of interactions, so the label shortcut is exactly chance.
        Assert.Equal(0.5, run.AggregateMean("label-only", "noisy-detection.auroc"), 12);
        Assert.InRange(run.AggregateMean("random", "noisy-detection.auroc"), 0.3, 0.7);
    }
}
