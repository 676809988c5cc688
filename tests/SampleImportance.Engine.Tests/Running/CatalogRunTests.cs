using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Sources;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Kernels;
using SampleImportance.Suites;
using SampleImportance.Suites.Reading;
using SampleImportance.Validation;

namespace SampleImportance.Engine.Tests.Running;

/// <summary>A task, a source and a corruption registered in catalog instances run end to end: validated, loaded,
/// corrupted, evaluated and recorded (with their metric's direction) with no change anywhere else.</summary>
public sealed class CatalogRunTests
{
    private static SuiteCatalogs Catalogs() => new(
        TaskCatalog.CreateDefault().Add(new ValueSumTask()),
        DataSourceCatalog.CreateDefault().Add(new StripesSource()),
        CorruptionCatalog.CreateDefault().Add(new FirstRowsFlip()));

    private static SuitePlan Plan(SuiteCatalogs catalogs)
    {
        var load = SuiteLoader.LoadText(
            """
            name: registered
            seeds: [1, 2]
            datasets:
              - { id: stripes, source: stripes, params: { rows: 40 }, corruption: { kind: first-rows, rate: 0.25, params: { every: 2 } } }
            models: [{ id: prior, plugin: prior }]
            estimators: [{ id: label, plugin: label }]
            tasks: [noisy-detection, { value-sum: { scale: 2 } }]
            timing: { enabled: false }
            gates: [{ metric: value-sum.total, max: 100 }]
            """,
            "registered.yaml",
            Path.GetTempPath(),
            new RunnerCatalog(),
            catalogs);
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        return load.Plan!;
    }

    [Fact]
    public async Task A_registered_task_source_and_corruption_run_end_to_end()
    {
        var plan = Plan(Catalogs());

        var run = await new SuiteRunner(new RunnerCatalog(), new RunnerOptions { Compute = new SimdCpuBackend() })
            .RunAsync(SuiteRunner.Prepare(plan), CancellationToken.None);

        Assert.Equal(2, run.Cells.Count);
        Assert.All(run.Cells, cell =>
        {
            Assert.Equal(CellStatus.Succeeded, cell.Status);

            // The "label" estimator values each row by its (corrupted) label; value-sum doubles their sum.
            Assert.True(cell.Metrics.TryGetValue("value-sum.total", out var total));
            Assert.Equal(0, total % 2);
            Assert.InRange(cell.Metrics["noisy-detection.auroc"], 0, 1);
        });
        var recorded = run.Metrics!.Single(m => m.Name == "value-sum.total");
        Assert.Equal(MetricDirection.LowerIsBetter, recorded.Direction);
        Assert.Contains(run.Aggregates, a => a.Metric == "value-sum.total" && a.Count == 2);
    }

    [Fact]
    public void The_source_and_corruption_are_loaded_from_the_plans_catalogs()
    {
        var plan = Plan(Catalogs());

        var split = SuiteRunner.Prepare(plan).Split("stripes", 1);

        // 40 rows split 20/10/10; first-rows flips every second training row among the first quarter.
        Assert.Equal(20, split.Train.Count);
        Assert.Equal([true, false, true, false, true, false], split.NoiseMask!.Take(6));
        Assert.Equal(3, split.NoiseMask!.Count(m => m));
    }

    [Fact]
    public void A_plan_from_one_catalog_does_not_load_with_another()
    {
        var registered = Plan(Catalogs());
        var plan = new SuitePlan(registered.Name, registered.File, registered.Sha256, registered.Seeds, registered.Datasets, registered.Models, registered.Estimators, registered.Tasks, registered.Timing, registered.Gates);

        var error = Assert.Throws<InputException>(() => SuiteRunner.Prepare(plan));

        Assert.Contains(error.Errors, e => e.Message.EndsWith("Unknown dataset source 'stripes'.", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Message.EndsWith("Unknown corruption kind 'first-rows'.", StringComparison.Ordinal));
    }

    /// <summary>Sum of the values times <c>scale</c>; lower is better, to tell its recorded direction from the default.</summary>
    private sealed class ValueSumTask : IEvaluationTask
    {
        private static readonly IReadOnlyList<TaskParameter> Parameters =
            [new(new ParameterDescriptor("scale", ParameterKind.Integer, "1", "Multiplier.", Minimum: 1))];

        public TaskDescriptor Describe() => new("value-sum", "Scaled sum of the values.", Parameters, Metrics(PluginParameters.Empty), TaskNeeds.None);

        public IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters) =>
            [new("value-sum.total", MetricDirection.LowerIsBetter, ResultMetricRole.Quality, "Scaled sum.")];

        public IReadOnlyList<TaskProblem> Check(PluginParameters parameters) => [];

        public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken) =>
            new(new Dictionary<string, double> { ["value-sum.total"] = parameters.GetInt32("scale", 1) * input.Values.Sum() });
    }

    /// <summary>Alternating 0/1 labels; the single feature is the row number.</summary>
    private sealed class StripesSource : IDataSource
    {
        public DataSourceDescriptor Describe() => new(
            "stripes",
            "Alternating labels.",
            [new ParameterDescriptor("rows", ParameterKind.Integer, "8", "Rows.", Minimum: 4)],
            LabelKinds.Binary);

        public SourceRows Load(DataSourceContext context)
        {
            var rows = context.Parameters.GetInt32("rows", 8);
            return new SourceRows(new SampleSet([.. Enumerable.Range(0, rows).Select(i => (float)i)], 1, [.. Enumerable.Range(0, rows).Select(i => (double)(i % 2))]));
        }
    }

    /// <summary>Flips every <c>every</c>-th label among the first rate × n training rows: a mask that is easy to predict.</summary>
    private sealed class FirstRowsFlip : ICorruption
    {
        public CorruptionDescriptor Describe() => new(
            "first-rows",
            "Flips the first rows.",
            [new ParameterDescriptor("every", ParameterKind.Integer, "1", "Stride.", Minimum: 1)],
            LabelKinds.Binary);

        public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
        {
            var every = parameters.GetInt32("every", 1);
            var labels = train.Labels.ToArray();
            var mask = new bool[labels.Length];
            for (var i = 0; i < (int)Math.Round(rate * labels.Length); i += every)
            {
                labels[i] = 1 - labels[i];
                mask[i] = true;
            }

            return new CorruptionOutcome(train.WithLabels(labels), mask);
        }
    }
}
