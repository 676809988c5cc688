using System.Globalization;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Score;

/// <summary><c>score</c> on a user's own CSV files.</summary>
public sealed class ScoreCommandTests
{
    [Theory]
    [InlineData("cpu")]
    [InlineData("ilgpu-cpu")]
    public async Task Knn_shapley_scores_equal_brute_force_Shapley_values_on_every_backend(string device)
    {
        using var work = new TempDirectory();
        var train = work.Write("train.csv", ScoreData.TrainCsv);
        var validation = work.Write("validation.csv", ScoreData.ValidationCsv);

        var result = await CliProcess.RunAsync(
            work.Path,
            "score", "--train", train, "--validation", validation, "--label", "label",
            "--estimator", "knn-shapley", "--param", "k=3", "--device", device, "--out", "scores.csv");

        result.AssertExitCode(0);
        var expected = BruteForceKnnShapley.Values(ScoreData.TrainFeatures, ScoreData.TrainLabels, ScoreData.ValidationFeatures, ScoreData.ValidationLabels, k: 3);
        var actual = ReadScores(work.File("scores.csv"));
        Assert.Equal(Enumerable.Range(0, ScoreData.TrainRows), actual.Select(r => r.Index));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i].Value) <= 1e-9, string.Create(CultureInfo.InvariantCulture, $"row {i}: expected {expected[i]:R}, got {actual[i].Value:R}"));
        }

        // A check on the oracle itself (efficiency axiom): the values add up to U(N) − U(∅) = U(N).
        var all = (1 << ScoreData.TrainRows) - 1;
        Assert.Equal(
            BruteForceKnnShapley.Utility(all, ScoreData.TrainFeatures, ScoreData.TrainLabels, ScoreData.ValidationFeatures, ScoreData.ValidationLabels, k: 3),
            expected.Sum(),
            precision: 12);
    }

    [Theory]
    [InlineData("leave-one-out", "--model-param", "k=3")]
    [InlineData("tmc-shapley", "--param", "permutations=20")]
    public async Task Retraining_estimators_with_the_knn_model_write_one_value_per_training_row(string estimator, string option, string value)
    {
        using var work = new TempDirectory();
        var train = work.Write("train.csv", ScoreData.TrainCsv);
        var validation = work.Write("validation.csv", ScoreData.ValidationCsv);

        var result = await CliProcess.RunAsync(
            work.Path,
            "score", "--train", train, "--validation", validation, "--label", "label",
            "--estimator", estimator, "--model", "knn", option, value, "--out", "scores.csv");

        result.AssertExitCode(0);
        var scores = ReadScores(work.File("scores.csv"));
        Assert.Equal(Enumerable.Range(0, ScoreData.TrainRows), scores.Select(r => r.Index));
        Assert.All(scores, s => Assert.True(double.IsFinite(s.Value)));
        Assert.Contains(scores, s => s.Value != 0);
    }

    /// <summary>Reads <c>index,value</c> and checks the header on the way.</summary>
    private static List<(int Index, double Value)> ReadScores(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.Equal("index,value", lines[0]);
        return [.. lines.Skip(1).Select(line =>
        {
            var parts = line.Split(',');
            Assert.Equal(2, parts.Length);
            return (int.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture));
        })];
    }
}
