using SampleImportance.Abstractions;
using SampleImportance.Data;
using SampleImportance.Data.Corruptions;
using SampleImportance.Evaluation.Metrics;
using SampleImportance.Evaluation.Tasks;

namespace SampleImportance.Engine.Tests.Detection;

/// <summary>
/// Detection must measure the noise, not the label: an estimator that reads only each row's label scores chance
/// (0.5 AUROC) among the candidates on every built-in corruption, imbalanced data included. A corruption without a
/// case here fails the test, so a new one cannot skip the check.
/// </summary>
public sealed class LabelShortcutTests
{
    private static readonly int[] Seeds = [1, 2, 3, 4, 5, 6, 7, 8];

    /// <summary>Per built-in corruption, the datasets it is checked on: (source, source parameters, rate).</summary>
    private static readonly Dictionary<string, (string Source, Dictionary<string, string> Parameters, double Rate)[]> Cases = new(StringComparer.Ordinal)
    {
        ["label-flip"] =
        [
            ("synthetic/tabular", new() { ["rows"] = "600" }, 0.1),
            ("synthetic/tabular", new() { ["rows"] = "600", ["positive-rate"] = "0.15" }, 0.1),
        ],
        ["fake-clicks"] = [("synthetic/ecommerce-search", [], 0.1)],
        ["bot-sessions"] = [("synthetic/implicit-feedback", [], 0.1), ("synthetic/ecommerce-search", [], 0.1)],
        ["bot-users"] = [("synthetic/implicit-feedback", [], 0.1)],
        ["bot-clicks"] = [("synthetic/ecommerce-search", [], 0.1)],
        ["clickbait"] = [("synthetic/ecommerce-search", [], 0.1)],
        ["unsatisfied-clicks"] = [("synthetic/ecommerce-search", [], 0.1), ("synthetic/ecommerce-search", new() { ["click-model"] = "cascade", ["sessions"] = "200" }, 0.1)],
        ["trust-bias-clicks"] = [("synthetic/ecommerce-search", [], 0.1)],
    };

    /// <summary>The click corruptions: candidates are clicks by position, so the position alone must find nothing either.</summary>
    private static readonly string[] ClickCorruptions = ["fake-clicks", "bot-clicks", "clickbait", "unsatisfied-clicks", "trust-bias-clicks"];

    [Fact]
    public void Every_built_in_corruption_has_a_case()
    {
        Assert.Equal(CorruptionCatalog.CreateDefault().Names.Order(StringComparer.Ordinal), Cases.Keys.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, int> CaseIndex()
    {
        var data = new TheoryData<string, int>();
        foreach (var (name, cases) in Cases)
        {
            for (var i = 0; i < cases.Length; i++)
            {
                data.Add(name, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndex))]
    public void Reading_only_the_label_scores_chance_among_candidates(string corruption, int index)
    {
        var (source, parameters, rate) = Cases[corruption][index];
        var aurocs = new List<double>();
        foreach (var seed in Seeds)
        {
            var split = Load(source, parameters, corruption, rate, seed);
            var values = split.Train.Labels.ToArray().Select(label => -label).ToArray();
            var metrics = Detect(split, values);
            aurocs.Add(metrics["noisy-detection.auroc"]);
        }

        Assert.InRange(aurocs.Average(), 0.45, 0.55);
    }

    public static TheoryData<string> ClickCorruptionNames() => [.. ClickCorruptions];

    [Theory]
    [MemberData(nameof(ClickCorruptionNames))]
    public void Reading_only_the_position_scores_chance_among_clicks(string corruption)
    {
        var aurocs = new List<double>();
        foreach (var seed in Seeds)
        {
            var split = Load("synthetic/ecommerce-search", [], corruption, 0.1, seed);
            aurocs.Add(Detect(split, PositionValues(split))["noisy-detection.auroc"]);
        }

        Assert.InRange(aurocs.Average(), 0.45, 0.55);
    }

    [Fact]
    public void Without_position_strata_the_position_finds_fake_clicks()
    {
        // Why clicks are compared within their position: fake clicks land where non-clicks are, low on the page.
        var aurocs = new List<double>();
        foreach (var seed in Seeds)
        {
            var split = Load("synthetic/ecommerce-search", [], "fake-clicks", 0.1, seed);
            var oneStratum = split with { NoiseStrata = [.. split.Train.Labels.ToArray().Select(l => l == 1 ? 0 : -1)] };
            aurocs.Add(Detect(oneStratum, PositionValues(split))["noisy-detection.auroc"]);
        }

        Assert.True(aurocs.Average() > 0.6, $"position-only AUROC among clicks, one stratum: {aurocs.Average():F3}");
    }

    /// <summary>Lower on the page = lower value = more suspicious.</summary>
    private static double[] PositionValues(DatasetSplit split) => [.. split.Train.Column("position").ToArray().Select(p => -(double)p)];

    [Fact]
    public void The_shortcut_is_real_over_all_rows_for_fake_clicks()
    {
        // Why the candidates matter: over every row, "every click is suspicious" looks like a good detector.
        var split = Load("synthetic/ecommerce-search", [], "fake-clicks", 0.1, seed: 1);
        var metrics = Detect(split, [.. split.Train.Labels.ToArray().Select(label => -label)]);
        Assert.True(metrics["noisy-detection.auroc-all-rows"] > 0.8, $"all-rows AUROC {metrics["noisy-detection.auroc-all-rows"]}");
        Assert.Equal(0.5, metrics["noisy-detection.auroc"], 12);
    }

    [Fact]
    public void Fake_clicks_rate_is_the_share_of_clicks()
    {
        var split = Load("synthetic/ecommerce-search", [], "fake-clicks", 0.1, seed: 3);
        var clicks = split.Train.Labels.ToArray().Count(l => l == 1);
        var fake = split.NoiseMask!.Count(m => m);
        Assert.InRange(fake / (double)clicks, 0.09, 0.11);
        var positions = split.Train.Column("position").ToArray();
        Assert.All(Enumerable.Range(0, split.Train.Count), row => Assert.Equal(split.Train.Labels[row] == 1 ? positions[row] : -1, split.NoiseStrata![row]));
    }

    private static DatasetSplit Load(string source, Dictionary<string, string> parameters, string corruption, double rate, int seed) =>
        DatasetLoader.Load(
            new DatasetRequest("data", source, new PluginParameters(parameters))
            {
                Corruption = new CorruptionRequest(corruption, rate, PluginParameters.Empty),
            },
            seed);

    private static IReadOnlyDictionary<string, double> Detect(DatasetSplit split, double[] values)
    {
        Assert.True(TaskCatalog.CreateDefault().TryGet("noisy-detection", out var task));
        Assert.True(MetricCatalog.CreateDefault().TryCreate("accuracy", out var metric, out _));
        var input = new TaskInput(values, UnitPartition.Rows(split.Train.Count), split.Train, split.Test, split.NoiseMask, () => throw new InvalidOperationException("No retraining here."), metric)
        {
            NoiseStrata = split.NoiseStrata,
        };
        return task.Evaluate(input, PluginParameters.Empty, CancellationToken.None).Metrics;
    }
}
