using System.Globalization;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Score;

/// <summary><c>score --format</c>: SVMlight (qid = group) and OTTO JSON Lines read as suites read them; <c>--metric</c> checked by name.</summary>
public sealed class ScoreFormatTests
{
    // The same rows twice: SVMlight with qids, and CSV with a group column. Not perfectly separable, so NDCG@3 moves.
    private const string Svmlight = """
        1 qid:1 1:0.9 2:0.1 # a
        0 qid:1 1:0.85 2:0.4
        0 qid:1 1:0.1 2:0.8
        1 qid:2 1:0.3 2:0.3
        0 qid:2 1:0.7 2:0.9
        1 qid:3 1:0.8 2:0.2
        0 qid:3 1:0.4 2:0.6
        0 qid:3 2:0.5
        """;

    private const string Csv = """
        label,q,f1,f2
        1,1,0.9,0.1
        0,1,0.85,0.4
        0,1,0.1,0.8
        1,2,0.3,0.3
        0,2,0.7,0.9
        1,3,0.8,0.2
        0,3,0.4,0.6
        0,3,0,0.5
        """;

    [Fact]
    public async Task Svmlight_with_qid_groups_scores_exactly_as_the_same_rows_in_csv_with_a_group_column()
    {
        using var work = new TempDirectory();
        var svm = work.Write("train.txt", Svmlight);
        var csv = work.Write("train.csv", Csv);
        string[] common = ["--estimator", "leave-one-out", "--model", "knn", "--model-param", "k=3", "--metric", "ndcg@3"];

        var fromSvmlight = await CliProcess.RunAsync(work.Path, ["score", "--train", svm, .. common, "--out", "svm.csv"]);
        var explicitFormat = await CliProcess.RunAsync(work.Path, ["score", "--train", svm, "--format", "svmlight", .. common, "--out", "svm2.csv"]);
        var fromCsv = await CliProcess.RunAsync(work.Path, ["score", "--train", csv, "--label", "label", "--group", "q", .. common, "--out", "csv.csv"]);

        fromSvmlight.AssertExitCode(0);
        explicitFormat.AssertExitCode(0);
        fromCsv.AssertExitCode(0);
        Assert.Contains("ndcg@3", fromSvmlight.Stdout, StringComparison.Ordinal);
        var values = File.ReadAllLines(work.File("svm.csv"));
        Assert.Equal(9, values.Length);
        Assert.Equal(File.ReadAllText(work.File("csv.csv")), File.ReadAllText(work.File("svm.csv")));
        Assert.Equal(File.ReadAllText(work.File("svm.csv")), File.ReadAllText(work.File("svm2.csv")));
        Assert.Contains(values.Skip(1), line => double.Parse(line.Split(',')[1], CultureInfo.InvariantCulture) != 0);
    }

    [Fact]
    public async Task Npy_features_with_sibling_labels_score_exactly_as_the_same_rows_in_csv()
    {
        using var work = new TempDirectory();
        var csv = work.Write("train.csv", "label,f1,f2\n1,0.9,0.1\n0,0.85,0.4\n0,0.1,0.8\n1,0.3,0.3\n0,0.7,0.9\n1,0.8,0.2\n");
        float[] features = [0.9f, 0.1f, 0.85f, 0.4f, 0.1f, 0.8f, 0.3f, 0.3f, 0.7f, 0.9f, 0.8f, 0.2f];
        var npy = work.File("train.npy");
        File.WriteAllBytes(npy, NpyBytes("<f4", "(6, 2)", [.. features.SelectMany(BitConverter.GetBytes)]));
        File.WriteAllBytes(work.File("train.labels.npy"), NpyBytes("<i8", "(6,)", [.. new long[] { 1, 0, 0, 1, 0, 1 }.SelectMany(BitConverter.GetBytes)]));
        string[] common = ["--estimator", "knn-shapley", "--param", "k=3"];

        var fromNpy = await CliProcess.RunAsync(work.Path, ["score", "--train", npy, .. common, "--out", "npy.csv"]);
        var fromCsv = await CliProcess.RunAsync(work.Path, ["score", "--train", csv, "--label", "label", .. common, "--out", "csv.csv"]);
        var withLabel = await CliProcess.RunAsync(work.Path, ["score", "--train", npy, "--label", "y", .. common, "--out", "bad.csv"]);

        fromNpy.AssertExitCode(0);
        fromCsv.AssertExitCode(0);
        Assert.Equal(7, File.ReadAllLines(work.File("npy.csv")).Length);
        Assert.Equal(File.ReadAllText(work.File("csv.csv")), File.ReadAllText(work.File("npy.csv")));
        withLabel.AssertExitCode(2);
        Assert.Contains("--format npy", withLabel.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A version 1.0 .npy file as numpy.save writes it.</summary>
    private static byte[] NpyBytes(string descr, string shape, byte[] data)
    {
        var dict = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}";
        var header = dict + new string(' ', (64 - ((10 + dict.Length + 1) % 64)) % 64) + "\n";
        return [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, .. BitConverter.GetBytes((ushort)header.Length), .. System.Text.Encoding.Latin1.GetBytes(header), .. data];
    }

    [Fact]
    public async Task Otto_json_lines_score_one_value_per_session_and_clicked_item()
    {
        using var work = new TempDirectory();
        var sessions = Path.GetFullPath(Path.Combine(RepoLayout.Root, "..", "shared", "datasets", "otto-sessions-sample", "train.jsonl"));

        var result = await CliProcess.RunAsync(work.Path, "score", "--train", sessions, "--estimator", "knn-shapley", "--out", "v.csv");

        result.AssertExitCode(0);
        Assert.Equal(1 + 525, File.ReadAllLines(work.File("v.csv")).Length);
    }

    [Fact]
    public async Task An_unknown_metric_is_bad_input_with_a_suggestion()
    {
        using var work = new TempDirectory();
        var svm = work.Write("train.svm", Svmlight);

        var result = await CliProcess.RunAsync(work.Path, "score", "--train", svm, "--estimator", "loss", "--model", "knn", "--metric", "ndgc@10", "--out", "out/v.csv");

        result.AssertExitCode(2);
        Assert.Contains("'ndgc@10'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("ndcg", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.File("out")));
    }

    [Fact]
    public async Task A_bad_svmlight_line_names_the_file_and_line()
    {
        using var work = new TempDirectory();
        var svm = work.Write("train.txt", "1 qid:1 1:0.5\n0 qid:1 1:oops\n");

        var result = await CliProcess.RunAsync(work.Path, "score", "--train", svm, "--estimator", "knn-shapley", "--out", "out/v.csv");

        result.AssertExitCode(2);
        Assert.Contains($"{svm}(2,9)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'1:oops'", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("train.dat", "", "Cannot tell the format")]
    [InlineData("train.txt", "--label", "do not apply to --format svmlight")]
    [InlineData("train.txt", "--format", "Unknown --format 'parquet'")]
    public async Task Format_mistakes_are_bad_input(string name, string option, string message)
    {
        using var work = new TempDirectory();
        var file = work.Write(name, Svmlight);
        string[] extra = option switch { "--label" => ["--label", "y"], "--format" => ["--format", "parquet"], _ => [] };

        var result = await CliProcess.RunAsync(work.Path, ["score", "--train", file, .. extra, "--estimator", "knn-shapley", "--out", "out/v.csv"]);

        result.AssertExitCode(2);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }
}
