using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Run;

/// <summary>Same seed, same numbers: across processes, for randomised estimators too.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task Two_runs_of_the_same_suite_record_identical_results()
    {
        using var work = new TempDirectory();

        // No budgets: a wall-clock budget is the one thing allowed to make an anytime estimator's answer vary.
        var suite = work.Write("suite.yaml", TinySuite.Text(
            [
                "{ id: random, plugin: random }",
                "{ id: knn-shapley, plugin: knn-shapley }",
                "{ id: tmc-shapley, plugin: tmc-shapley, params: { permutations: 15, convergence-tolerance: 0 } }",
                "{ id: leave-one-out, plugin: leave-one-out }",
            ],
            seeds: "[1, 2]"));

        var first = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "first");
        var second = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "second");

        first.AssertExitCode(0);
        second.AssertExitCode(0);
        var a = RunJsonFile.Load(work.File("first/run.json"));
        var b = RunJsonFile.Load(work.File("second/run.json"));
        Assert.Equal(8, a.Cells.Count);
        Assert.Equal(a.QualityFingerprint(), b.QualityFingerprint());

        // Guard against a fingerprint that is equal because it is empty or seed-blind.
        Assert.NotEqual(
            a.Cells.Single(c => c.Estimator == "random" && c.Seed == 1).Metrics["noisy-detection.auroc"],
            a.Cells.Single(c => c.Estimator == "random" && c.Seed == 2).Metrics["noisy-detection.auroc"]);
    }

    [Theory]
    [InlineData("knn-shapley", "k=3")]
    [InlineData("tmc-shapley", "permutations=20")]
    public async Task Two_score_runs_with_the_same_seed_write_identical_files(string estimator, string parameter)
    {
        using var work = new TempDirectory();
        var train = work.Write("train.csv", ScoreData.TrainCsv);
        var validation = work.Write("validation.csv", ScoreData.ValidationCsv);
        string[] Arguments(string output) =>
            ["score", "--train", train, "--validation", validation, "--label", "label", "--estimator", estimator, "--model", "knn",
             "--model-param", "k=3", "--param", parameter, "--seed", "7", "--out", output];

        var first = await CliProcess.RunAsync(work.Path, Arguments("first.csv"));
        var second = await CliProcess.RunAsync(work.Path, Arguments("second.csv"));

        first.AssertExitCode(0);
        second.AssertExitCode(0);
        var text = File.ReadAllText(work.File("first.csv"));
        Assert.Equal(ScoreData.TrainRows + 1, text.TrimEnd('\n').Split('\n').Length);
        Assert.Equal(text, File.ReadAllText(work.File("second.csv")));
    }
}
