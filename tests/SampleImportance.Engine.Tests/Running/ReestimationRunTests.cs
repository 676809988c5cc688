using SampleImportance.Abstractions;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Engine.Tests.Support;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Kernels;
using SampleImportance.Suites;
using SampleImportance.Suites.Reading;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Engine.Tests.Running;

/// <summary>The tasks that rerun the estimator or evaluate its game, through the runner: the engine's side of the seam.</summary>
public sealed class ReestimationRunTests
{
    private static readonly List<(int Seed, long? Budget)> Calls = [];

    private static TestCatalog Catalog() => new(
        [
            // Values drawn from the estimator's seed: a rerun with another seed ranks the units differently.
            () => new DelegateEstimator("seeded", EstimatorRequirements.None, (c, _) =>
            {
                var random = new Random(c.Seed);
                return [.. Enumerable.Range(0, c.Units.Count).Select(_ => random.NextDouble())];
            }),

            // Exact Shapley values of the game it is handed, by enumeration; records each run's seed and budget.
            () => new DelegateEstimator("enumerating", EstimatorRequirements.Retraining, (c, token) =>
            {
                lock (Calls)
                {
                    Calls.Add((c.Seed, c.Budget.MaxUtilityEvaluations));
                }

                return ExactSemivalues.Values(ExactSemivalues.Enumerate(c.Utility, token), banzhaf: false);
            }),
        ],
        [new PriorModelFactory()]);

    private static async Task<RunResult> RunAsync(string estimator, string tasks)
    {
        var yaml = $$"""
            name: reestimation
            seeds: [3]
            datasets:
              - { id: tab, source: synthetic/tabular, params: { rows: 20, features: 2 } }
            models:
              - { id: prior, plugin: prior, params: { smoothing: 1 }, metric: log-likelihood }
            estimators:
              - { id: e, plugin: {{estimator}} }
            tasks: {{tasks}}
            timing: { enabled: false }
            """;
        var catalog = Catalog();
        var load = SuiteLoader.LoadText(yaml, "reestimation.yaml", Path.GetTempPath(), catalog);
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        using var backend = new SimdCpuBackend();
        return await new SuiteRunner(catalog, new RunnerOptions { Compute = backend }).RunAsync(SuiteRunner.Prepare(load.Plan!), CancellationToken.None);
    }

    [Fact]
    public async Task Rank_stability_reruns_the_estimator_under_other_seeds()
    {
        var run = await RunAsync("seeded", "[{ rank-stability: { repeats: 3, top-k: 0.5 } }]");

        var cell = Assert.Single(run.Cells);
        Assert.Equal(CellStatus.Succeeded, cell.Status);
        Assert.InRange(cell.Metrics["rank-stability.spearman"], -1, 0.99);
        Assert.InRange(cell.Metrics["rank-stability.jaccard"], 0, 0.99);
    }

    [Fact]
    public async Task Exact_agreement_enumerates_the_game_the_estimator_estimated()
    {
        lock (Calls)
        {
            Calls.Clear();
        }

        var run = await RunAsync("enumerating", "[{ exact-agreement: { budgets: [5000, 9000] } }]");

        var cell = Assert.Single(run.Cells);
        Assert.Equal(CellStatus.Succeeded, cell.Status);
        Assert.Equal(0.0, cell.Metrics["exact-agreement.max-error"]);
        Assert.Equal(0.0, cell.Metrics["exact-agreement.max-error@5000"]);
        Assert.Equal(0.0, cell.Metrics["exact-agreement.max-error@9000"]);

        // The cell's own run, then one rerun per budget with the cell's own seed; the reruns' evaluations are not the cell's cost.
        lock (Calls)
        {
            Assert.Equal([null, 5000L, 9000L], Calls.Select(c => c.Budget));
            Assert.Single(Calls.Select(c => c.Seed).Distinct());
        }

        Assert.Equal(cell.UtilityEvaluations, cell.Metrics["cost.utility-evaluations"]);
        Assert.True(cell.UtilityEvaluations <= 1 << 12);
    }
}
