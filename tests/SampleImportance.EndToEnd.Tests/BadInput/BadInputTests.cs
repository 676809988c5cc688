using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.BadInput;

/// <summary>Bad input exits 2 with a message naming the file and line, and writes nothing.</summary>
public sealed class BadInputTests
{
    private const string OutDirectory = "out";

    private static readonly string[] BuiltInEstimators = ["ame", "banzhaf-msr", "beta-shapley", "classwise-shapley", "data-oob", "datainf", "gradient-norm", "influence", "knn-shapley", "label-only", "leave-one-out", "loss", "random", "soft-knn-shapley", "threshold-knn-shapley", "tmc-shapley", "tracin"];

    [Fact]
    public async Task Run_with_malformed_yaml_names_the_suite_file_and_line()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", "name: broken\nseeds: [1, 2\ndatasets:\n  - { id: t, source: synthetic/tabular }\n");

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", OutDirectory);

        AssertBadInput(result, work, $"{suite}(2,");
    }

    [Fact]
    public async Task Run_with_an_unknown_estimator_plugin_lists_the_available_ids()
    {
        using var work = new TempDirectory();
        var text = TinySuite.Text(["{ id: mine, plugin: no-such-estimator }"]);
        var suite = work.Write("suite.yaml", text);
        var line = LineOf(text, "no-such-estimator");

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", OutDirectory);

        AssertBadInput(result, work, [$"{suite}({line},", "no-such-estimator", .. BuiltInEstimators]);
    }

    [Fact]
    public async Task Run_with_a_missing_suite_file_names_it()
    {
        using var work = new TempDirectory();

        var result = await CliProcess.RunAsync(work.Path, "run", "missing.yaml", "--out", OutDirectory);

        AssertBadInput(result, work, work.File("missing.yaml"));
    }

    [Fact]
    public async Task Run_with_a_missing_csv_file_names_the_suite_line_and_the_csv_path()
    {
        using var work = new TempDirectory();
        var text = CsvSuite("data/train.csv");
        var suite = work.Write("suite.yaml", text);

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", OutDirectory);

        AssertBadInput(result, work, $"{suite}({LineOf(text, "data/train.csv")},", work.File("data/train.csv"));
    }

    [Fact]
    public async Task Run_with_a_non_numeric_csv_cell_names_the_csv_file_and_its_line()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", CsvSuite("train.csv"));
        var csv = work.Write("train.csv", CsvWithBadCellOnLine5());

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", OutDirectory);

        AssertBadInput(result, work, $"{csv}(5,", "oops");
    }

    [Fact]
    public async Task Score_with_a_non_numeric_csv_cell_names_the_csv_file_and_its_line()
    {
        using var work = new TempDirectory();
        var csv = work.Write("train.csv", CsvWithBadCellOnLine5());

        var result = await CliProcess.RunAsync(work.Path, "score", "--train", csv, "--label", "y", "--estimator", "knn-shapley", "--out", "out/scores.csv");

        AssertBadInput(result, work, $"{csv}(5,", "oops");
    }

    [Fact]
    public async Task Score_with_an_unknown_estimator_lists_the_available_ids()
    {
        using var work = new TempDirectory();
        var csv = work.Write("train.csv", ScoreData.TrainCsv);

        var result = await CliProcess.RunAsync(work.Path, "score", "--train", csv, "--label", "label", "--estimator", "nope", "--out", "out/scores.csv");

        AssertBadInput(result, work, ["'nope'", .. BuiltInEstimators]);
    }

    [Fact]
    public async Task Score_on_cuda_without_a_gpu_is_bad_input()
    {
        using var work = new TempDirectory();
        var csv = work.Write("train.csv", ScoreData.TrainCsv);

        var result = await CliProcess.RunAsync(work.Path, "score", "--train", csv, "--label", "label", "--estimator", "knn-shapley", "--device", "cuda", "--out", "out/scores.csv");

        if (HasNvidiaDriver())
        {
            // Where a GPU exists, the same command must simply work.
            result.AssertExitCode(0);
            Assert.True(File.Exists(work.File("out/scores.csv")), result.ToString());
            return;
        }

        AssertBadInput(result, work, "--device", "CUDA");
    }

    [Fact]
    public async Task An_unknown_command_line_option_is_bad_input()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(["{ id: knn-shapley, plugin: knn-shapley }"]));

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", OutDirectory, "--no-such-option");

        AssertBadInput(result, work, "--no-such-option");
    }

    private static void AssertBadInput(CliResult result, TempDirectory work, params string[] inStderr)
    {
        result.AssertExitCode(2);
        foreach (var text in inStderr)
        {
            Assert.True(result.Stderr.Contains(text, StringComparison.Ordinal), $"stderr should contain '{text}'; {result}");
        }

        Assert.False(Directory.Exists(work.File(OutDirectory)), $"Nothing may be written on bad input; {result}");
    }

    private static int LineOf(string text, string needle) =>
        text.Split('\n').ToList().FindIndex(l => l.Contains(needle, StringComparison.Ordinal)) + 1;

    private static string CsvSuite(string path) => $$"""
        name: csv-suite
        seeds: [1]
        datasets:
          - { id: mine, source: csv, path: {{path}}, label: y, corruption: { kind: label-flip, rate: 0.1 } }
        models:
          - { id: knn, plugin: knn }
        estimators:
          - { id: knn-shapley, plugin: knn-shapley }
        tasks: [noisy-detection]
        timing: { enabled: false }

        """;

    /// <summary>A header, three good rows, then 'oops' in column b of file line 5.</summary>
    private static string CsvWithBadCellOnLine5() => "a,b,y\n0,1,0\n1,0,1\n2,2,0\n3,oops,1\n4,1,0\n5,5,1\n";

    private static bool HasNvidiaDriver() => File.Exists("/dev/nvidiactl") || File.Exists("/dev/nvidia0");
}
