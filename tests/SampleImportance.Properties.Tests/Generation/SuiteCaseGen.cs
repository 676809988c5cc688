using System.Globalization;
using System.Text;
using CsCheck;

namespace SampleImportance.Properties.Tests.Generation;

/// <summary>
/// Generates suites with every knob at or just past its edges: one seed or two (or none), one or two estimator seeds,
/// timing with 1–2 iterations and 0–1 warm-up (rarely: it is slow), tiny budgets (0.01 s, 1 utility evaluation), data
/// with a class of one row, k larger than the data, removal fractions next to 0 and 1, corruption rates of 0, 1 and
/// nearly so, units of rows, sessions and queries, and metrics that need groups. Some of these are illegal on purpose:
/// the property is that validation then names them.
/// </summary>
internal static class SuiteCaseGen
{
    private static Gen<string> Corruption { get; } = Gen.Frequency(
        (4, Gen.Const(string.Empty)),
        (5, Gen.OneOf("0.001", "0.1", "0.5", "0.999").Select(rate => $", corruption: {{ kind: label-flip, rate: {rate} }}")),
        (2, Gen.OneOf("0.001", "0.5", "0.999").Select(rate => $", corruption: {{ kind: fake-clicks, rate: {rate} }}")),
        (1, Gen.OneOf("0", "1").Select(rate => $", corruption: {{ kind: label-flip, rate: {rate} }}")));

    private static Gen<string> Split { get; } = Gen.Frequency(
        (3, Gen.Const(string.Empty)),
        (2, from validation in Gen.OneOf("0.01", "0.25", "0.49")
            from test in Gen.OneOf("0.01", "0.25", "0.5")
            select $", split: {{ validation: {validation}, test: {test} }}"));

    private static Gen<(string Entry, string? Csv)> Tabular { get; } =
        from rows in Gen.OneOf(8, 9, 12, 20, 40)
        from features in Gen.OneOf(1, 2, 3)
        from separation in Gen.OneOf("0", "1.5", "100")
        from split in Split
        from corruption in Corruption
        select ($"{{ id: data, source: synthetic/tabular, params: {{ rows: {rows}, features: {features}, separation: {separation} }}{split}{corruption} }}", (string?)null);

    private static Gen<(string Entry, string? Csv)> Ecommerce { get; } =
        from queries in Gen.OneOf(1, 2, 3)
        from products in Gen.OneOf(2, 3, 5)
        from sessions in Gen.Frequency((1, Gen.OneOf(1, 2)), (4, Gen.OneOf(4, 6, 12)))
        from pageSize in Gen.OneOf(1, 2, 3)
        from bias in Gen.OneOf("0", "1.0", "10")
        from split in Split
        from corruption in Corruption
        select ($"{{ id: data, source: synthetic/ecommerce-search, params: {{ queries: {queries}, products: {products}, sessions: {sessions}, page-size: {pageSize}, position-bias: {bias} }}{split}{corruption} }}", (string?)null);

    /// <summary>A CSV whose rarer class has exactly one row, optionally grouped by session.</summary>
    private static Gen<(string Entry, string? Csv)> Csv { get; } =
        from rows in Gen.Int[3, 16]
        from rareLabel in Gen.OneOf(0, 1)
        from rareRow in Gen.Int[0, 15]
        from grouped in Gen.Bool
        from split in Split
        from corruption in Corruption
        select (
            $"{{ id: data, source: csv, path: {SuiteCase.CsvFileName}, label: label{(grouped ? ", group: session" : string.Empty)}{split}{corruption} }}",
            (string?)CsvText(rows, rareLabel, rareRow % rows));

    private static Gen<(string Entry, string? Csv)> Dataset { get; } = Gen.Frequency((4, Tabular), (3, Ecommerce), (3, Csv));

    private static Gen<string> Metric { get; } = Gen.Frequency(
        (6, Gen.Const(string.Empty)),
        (1, Gen.OneOf("accuracy", "auc", "log-likelihood", "mse", "ndcg@3", "mrr").Select(m => $", metric: {m}")));

    private static Gen<string>[] Models { get; } =
    [
        from k in Gen.OneOf(1, 1000) from metric in Metric select $"{{ id: knn, plugin: knn, params: {{ k: {k} }}{metric} }}",
        from l2 in Gen.OneOf("0", "1", "1e12") from iterations in Gen.OneOf(1, 100) from metric in Metric
            select $"{{ id: logreg, plugin: logistic-regression, params: {{ l2: {l2}, max-iterations: {iterations} }}{metric} }}",
        from metric in Metric select $"{{ id: mean, plugin: test-mean{metric} }}",
    ];

    private static Gen<string> Unit { get; } = Gen.Frequency(
        (6, Gen.Const(string.Empty)),
        (1, Gen.Const(", unit: row")),
        (2, Gen.Const(", unit: session")),
        (1, Gen.Const(", unit: query")));

    private static Gen<string> Budget { get; } = Gen.Frequency(
        (5, Gen.Const(string.Empty)),
        (1, Gen.Const(", budget: { seconds: 0.01 }")),
        (2, Gen.Const(", budget: { utility-evaluations: 1 }")),
        (1, Gen.Const(", budget: { seconds: 0.01, utility-evaluations: 1 }")));

    private static Gen<string>[] Estimators { get; } =
    [
        from unit in Unit from budget in Budget select $"{{ id: random, plugin: random{unit}{budget} }}",
        from unit in Unit from budget in Budget select $"{{ id: loss, plugin: loss{unit}{budget} }}",
        from unit in Unit from budget in Budget select $"{{ id: loo, plugin: leave-one-out{unit}{budget} }}",
        from k in Gen.OneOf(1, 1000) from budget in Budget select $"{{ id: knn-shapley, plugin: knn-shapley, params: {{ k: {k} }}{budget} }}",
        from permutations in Gen.OneOf(1, 2, 3) from truncation in Gen.OneOf("0", "1") from unit in Unit from budget in Budget
            select $"{{ id: tmc, plugin: tmc-shapley, params: {{ permutations: {permutations}, min-permutations: 2, truncation-tolerance: {truncation} }}{unit}{budget} }}",
        from unit in Unit select $"{{ id: constant, plugin: test-constant{unit} }}",
    ];

    private static Gen<string> Fractions { get; } = Gen.Frequency(
        (6, Gen.OneOf("[0.001]", "[0.999]", "[0.001, 0.5, 0.999]", "[0.01, 0.99]")),
        (1, Gen.OneOf("[0]", "[1]")));

    private static Gen<string?> Tasks { get; } = Gen.Frequency(
        (1, Gen.Const((string?)null)),
        (2, Gen.Const<string?>("[noisy-detection]")),
        (2, Fractions.Select(f => (string?)$"[{{ removal: {{ fractions: {f} }} }}]")),
        (4, from f in Fractions from order in Gen.OneOf("lowest-first", "highest-first")
            select (string?)$"[noisy-detection, {{ removal: {{ fractions: {f}, order: {order} }} }}]"));

    /// <summary>Mostly off: BenchmarkDotNet makes a timed cell cost about a second, so timed suites are also trimmed to one cell.</summary>
    private static Gen<string> Timing { get; } = Gen.Frequency(
        (16, Gen.Const("{ enabled: false }")),
        (2, from iterations in Gen.OneOf(1, 2) from warmup in Gen.OneOf(0, 1) select $"{{ iterations: {iterations}, warmup: {warmup} }}"),
        (1, Gen.Const("{ iterations: 0, warmup: -1 }")));

    /// <summary>Gates on what the suite measures (and, rarely, on what it does not, which validation must name).</summary>
    private static Gen<IReadOnlyList<string>> GatesFor(string? tasks, string timing)
    {
        var measured = new List<Gen<string>> { Gen.Const("{ metric: cost.utility-evaluations, max-increase: 0 }") };
        if (tasks?.Contains("noisy-detection", StringComparison.Ordinal) == true)
        {
            measured.Add(Gen.Const("{ metric: noisy-detection.auroc, min: 0.5 }"));
        }

        if (tasks?.Contains("removal", StringComparison.Ordinal) == true)
        {
            measured.Add(Gen.Const("{ metric: removal.auc, max-drop: 0.01 }"));
        }

        if (!timing.Contains("enabled: false", StringComparison.Ordinal))
        {
            measured.Add(Gen.Const("{ metric: time.median, max-increase: 10% }"));
        }

        return Gen.Frequency(
            (8, Subset([.. measured], 2, allowEmpty: true)),
            (1, Gen.Const<IReadOnlyList<string>>(["{ metric: time.median, max-increase: 10% }", "{ metric: removal.auc, max-drop: 0.01 }"])));
    }

    // Declared after the parts it draws on: static initialisers run in text order.
    public static Gen<SuiteCase> Suite { get; } =
        from seeds in Gen.Frequency((6, Gen.Const("[1]")), (4, Gen.Const("[1, 2]")), (1, Gen.Const("[]")))
        from estimatorSeeds in Gen.Frequency((5, Gen.Const((string?)null)), (2, Gen.Const<string?>("[1]")), (2, Gen.Const<string?>("[1, 2]")), (1, Gen.Const<string?>("[2]")))
        from dataset in Dataset
        from models in Subset(Models, 2)
        from estimators in Subset(Estimators, 3)
        from tasks in Tasks
        from timing in Timing
        from gates in GatesFor(tasks, timing)
        select Trim(new SuiteCase(seeds, estimatorSeeds, dataset.Entry, dataset.Csv, models, estimators, tasks, timing, gates));

    /// <summary>1..<paramref name="most"/> distinct entries (or none when allowed), in catalog order.</summary>
    private static Gen<IReadOnlyList<string>> Subset(Gen<string>[] entries, int most, bool allowEmpty = false) =>
        from mask in Gen.Int[allowEmpty ? 0 : 1, (1 << entries.Length) - 1]
        from values in Sequence(entries)
        select (IReadOnlyList<string>)values.Where((_, i) => (mask & (1 << i)) != 0).Take(most).ToList();

    private static Gen<string[]> Sequence(Gen<string>[] entries) =>
        entries.Aggregate(Gen.Const(Array.Empty<string>()), (all, next) => from a in all from n in next select (string[])[.. a, n]);

    /// <summary>A timed suite keeps one seed, one model and one estimator: each timed cell costs BenchmarkDotNet's overhead.</summary>
    private static SuiteCase Trim(SuiteCase suite) => suite.Timing.Contains("enabled: false", StringComparison.Ordinal)
        ? suite
        : suite with { Seeds = "[1]", EstimatorSeeds = null, Models = suite.Models.Take(1).ToList(), Estimators = suite.Estimators.Take(1).ToList() };

    private static string CsvText(int rows, int rareLabel, int rareRow)
    {
        var text = new StringBuilder("f1,f2,label,session\n");
        for (var i = 0; i < rows; i++)
        {
            var label = i == rareRow ? rareLabel : 1 - rareLabel;
            text.Append(CultureInfo.InvariantCulture, $"{i * 0.5},{(i * 7) % 5},{label},{i / 2}\n");
        }

        return text.ToString();
    }
}
