using System.Globalization;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Score;

/// <summary><c>score --unit</c>: valuing groups of rows (sessions) of a user's CSV instead of single rows.</summary>
public sealed class ScoreByUnitTests
{
    // Session text per training row; ids are given in order of first appearance: b → 0 (rows 0, 3), a → 1 (rows 1, 2),
    // c → 2 (rows 4, 5), d → 3 (rows 6, 7).
    private static readonly string[] Sessions = ["b", "a", "a", "b", "c", "c", "d", "d"];
    private static readonly int[][] RowsOfSession = [[0, 3], [1, 2], [4, 5], [6, 7]];

    private static string WithSessions(string csv, IReadOnlyList<string> sessions)
    {
        var lines = csv.TrimEnd('\n').Split('\n');
        return string.Concat(lines.Select((line, i) => line + "," + (i == 0 ? "session" : sessions[i - 1]) + "\n"));
    }

    private static async Task<CliResult> ScoreAsync(TempDirectory work, params string[] extra)
    {
        work.Write("train.csv", WithSessions(ScoreData.TrainCsv, Sessions));
        work.Write("validation.csv", WithSessions(ScoreData.ValidationCsv, ["v", "v", "w"]));
        var result = await CliProcess.RunAsync(
            work.Path,
            [
                "score", "--train", "train.csv", "--validation", "validation.csv", "--label", "label",
                "--model", "knn", "--model-param", "k=3", "--device", "cpu", "--out", "scores.csv", .. extra,
            ],
            null,
            CliProcess.DefaultTimeout);
        return result;
    }

    [Fact]
    public async Task Leave_one_out_by_session_removes_whole_sessions()
    {
        using var work = new TempDirectory();
        var result = await ScoreAsync(work, "--estimator", "leave-one-out", "--unit", "session", "--column", "session");

        result.AssertExitCode(0);
        var lines = File.ReadAllLines(work.File("scores.csv"));
        Assert.Equal("session,value", lines[0]);
        var values = lines.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(["0", "1", "2", "3"], values.Select(v => v[0]));

        // value(s) = U(all rows) − U(all rows but those of session s), with the knn model's label-likelihood utility,
        // which is the K-nearest-neighbour utility of Jia et al. that the brute-force oracle computes.
        double U(int mask) => BruteForceKnnShapley.Utility(mask, ScoreData.TrainFeatures, ScoreData.TrainLabels, ScoreData.ValidationFeatures, ScoreData.ValidationLabels, k: 3);
        var all = (1 << ScoreData.TrainRows) - 1;
        for (var s = 0; s < RowsOfSession.Length; s++)
        {
            var without = RowsOfSession[s].Aggregate(all, (mask, row) => mask & ~(1 << row));
            var expected = U(all) - U(without);
            var actual = double.Parse(values[s][1], NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(expected - actual) <= 1e-12, string.Create(CultureInfo.InvariantCulture, $"session {s}: expected {expected:R}, got {actual:R}"));
        }

        Assert.Contains("Scored 4 session groups", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("5 utility evaluations", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_path_that_is_a_directory_is_bad_input_before_anything_runs()
    {
        using var work = new TempDirectory();
        Directory.CreateDirectory(work.File("scores.csv"));
        var result = await ScoreAsync(work, "--estimator", "leave-one-out");

        result.AssertExitCode(2);
        Assert.Contains("--out names a directory", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("utility evaluations", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_that_is_not_a_named_column_is_bad_input_naming_the_columns()
    {
        using var work = new TempDirectory();
        var result = await ScoreAsync(work, "--estimator", "leave-one-out", "--unit", "user", "--column", "session");

        result.AssertExitCode(2);
        Assert.Contains("no id column 'user'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("session", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(work.File("scores.csv")));
    }

    [Fact]
    public async Task A_rows_only_estimator_refuses_a_group_unit()
    {
        using var work = new TempDirectory();
        var result = await ScoreAsync(work, "--estimator", "knn-shapley", "--param", "k=3", "--unit", "session", "--column", "session");

        result.AssertExitCode(2);
        Assert.Contains("'knn-shapley' values single rows only", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(work.File("scores.csv")));
    }

    [Fact]
    public async Task A_named_column_is_kept_out_of_the_features_when_valuing_rows()
    {
        // With --column the session text is an id, not a feature, so row values equal those of the plain files.
        using var work = new TempDirectory();
        var result = await ScoreAsync(work, "--estimator", "knn-shapley", "--param", "k=3", "--column", "session");

        result.AssertExitCode(0);
        var expected = BruteForceKnnShapley.Values(ScoreData.TrainFeatures, ScoreData.TrainLabels, ScoreData.ValidationFeatures, ScoreData.ValidationLabels, k: 3);
        var lines = File.ReadAllLines(work.File("scores.csv"));
        Assert.Equal("index,value", lines[0]);
        var actual = lines.Skip(1).Select(l => double.Parse(l.Split(',')[1], NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-9, string.Create(CultureInfo.InvariantCulture, $"row {i}: expected {expected[i]:R}, got {actual[i]:R}"));
        }
    }
}
