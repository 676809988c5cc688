using System.Globalization;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Score;

/// <summary>
/// <c>score</c> and <c>run</c> share one estimation pipeline: for the same data, estimator, parameters, model, seed and
/// estimator seed they write the same values, byte for byte. The suite gives validation and test files, so its CSV
/// dataset values the training file as-is, exactly the rows <c>score --train</c> reads.
/// </summary>
public sealed class ScoreMatchesRunTests
{
    private const int Seed = 3;

    private static readonly string Suite = $$"""
        name: score-equals-run
        seeds: [{{Seed}}]
        estimator-seeds: [1, 2]
        # score reads features as given; the suite matches it with standardize: false.
        datasets:
          - { id: mine, source: csv, path: train.csv, label: label, validation: validation.csv, test: test.csv, standardize: false }
        models:
          - { id: knn3, plugin: knn, params: { k: 3 } }
        estimators:
          - { id: tmc, plugin: tmc-shapley, params: { permutations: 12, convergence-tolerance: 0 } }
          - { id: exact, plugin: knn-shapley, params: { k: 3 } }
        timing: { enabled: false }
        """;

    /// <summary>What each suite estimator is on <c>score</c>'s command line.</summary>
    private static readonly (string SuiteId, string[] Arguments)[] Estimators =
    [
        ("tmc", ["--estimator", "tmc-shapley", "--param", "permutations=12", "--param", "convergence-tolerance=0"]),
        ("exact", ["--estimator", "knn-shapley", "--param", "k=3"]),
    ];

    [Fact]
    public async Task Score_writes_the_same_bytes_as_run_for_every_estimator_and_estimator_seed()
    {
        using var work = new TempDirectory();
        work.Write("train.csv", ScoreData.TrainCsv);
        work.Write("validation.csv", ScoreData.ValidationCsv);
        work.Write("test.csv", "f1,f2,label\n2,1,0\n3,4,1\n");
        var suite = work.Write("suite.yaml", Suite);

        (await CliProcess.RunAsync(work.Path, "run", suite, "--out", "out", "--device", "cpu")).AssertExitCode(0);

        var run = RunJsonFile.Load(work.File(Path.Combine("out", "run.json")));
        Assert.Equal(4, run.Cells.Count);
        var files = new Dictionary<(string, int), byte[]>();
        foreach (var (suiteId, arguments) in Estimators)
        {
            foreach (var estimatorSeed in new[] { 1, 2 })
            {
                var stem = $"mine__none__knn3__{suiteId}__{Seed}" + (estimatorSeed == 1 ? string.Empty : $"__e{estimatorSeed}");
                var runFile = work.File(Path.Combine("out", "values", stem + ".csv"));
                Assert.True(File.Exists(runFile), $"run wrote no values file {runFile}; it has: {string.Join(", ", Directory.EnumerateFiles(work.File("out"), "*", SearchOption.AllDirectories))}");

                var scoreFile = $"score-{suiteId}-{estimatorSeed}.csv";
                (await CliProcess.RunAsync(
                    work.Path,
                    [
                        "score", "--train", "train.csv", "--validation", "validation.csv", "--label", "label",
                        .. arguments, "--model", "knn", "--model-param", "k=3",
                        "--seed", Seed.ToString(CultureInfo.InvariantCulture), "--estimator-seed", estimatorSeed.ToString(CultureInfo.InvariantCulture),
                        "--device", "cpu", "--out", scoreFile,
                    ],
                    null,
                    CliProcess.DefaultTimeout)).AssertExitCode(0);

                var runBytes = File.ReadAllBytes(runFile);
                var scoreBytes = File.ReadAllBytes(work.File(scoreFile));
                Assert.True(
                    runBytes.AsSpan().SequenceEqual(scoreBytes),
                    $"{suiteId}, estimator seed {estimatorSeed}: run and score differ.\n--- run ---\n{File.ReadAllText(runFile)}--- score ---\n{File.ReadAllText(work.File(scoreFile))}");
                Assert.Equal(ScoreData.TrainRows + 1, File.ReadAllLines(runFile).Length);
                files[(suiteId, estimatorSeed)] = runBytes;
            }
        }

        // The estimator seed really reaches the estimator: Monte Carlo values move with it, the exact closed form does not.
        Assert.False(files[("tmc", 1)].AsSpan().SequenceEqual(files[("tmc", 2)]), "tmc-shapley gave the same values for estimator seeds 1 and 2.");
        Assert.True(files[("exact", 1)].AsSpan().SequenceEqual(files[("exact", 2)]), "knn-shapley's exact values changed with the estimator seed.");

        var keys = run.Root["cells"]!.AsArray().Select(c => c!["key"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(
            [$"mine/none/knn3/tmc/{Seed}", $"mine/none/knn3/tmc/{Seed}/e2", $"mine/none/knn3/exact/{Seed}", $"mine/none/knn3/exact/{Seed}/e2"],
            keys);
        Assert.Equal([1, 2, 1, 2], run.Root["cells"]!.AsArray().Select(c => c!["setup"]!["estimatorSeed"]!.GetValue<int>()));
    }
}
