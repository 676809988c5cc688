using System.Runtime.InteropServices;
using SampleImportance.Data;
using SampleImportance.Engine.Estimation;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Utility;
using SampleImportance.Hosting;
using SampleImportance.Suites;
using SampleImportance.Validation;

namespace SampleImportance.Engine.Running;

/// <summary>
/// Runs a suite plan cell by cell (dataset × model × estimator × seed). Cells run one at a time so BenchmarkDotNet
/// times each on a quiet process; every estimator of the run shares one content-addressed utility cache. Holds no
/// global state: two runners never interfere.
/// </summary>
public sealed class SuiteRunner
{
    private readonly IPluginCatalog _catalog;
    private readonly RunnerOptions _options;

    public SuiteRunner(IPluginCatalog catalog, RunnerOptions options)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Loads every dataset for every seed up front, so bad data stops the run before anything is written.</summary>
    /// <exception cref="InputException">A dataset could not be loaded (names the file, line and a fix).</exception>
    public static PreparedRun Prepare(SuitePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var splits = new Dictionary<(string, int), DatasetSplit>();
        var errors = new List<ValidationError>();
        foreach (var dataset in plan.Datasets)
        {
            foreach (var seed in plan.Seeds)
            {
                try
                {
                    splits[(dataset.Id, seed)] = DatasetLoader.Load(dataset.Request, seed);
                }
                catch (InputException ex)
                {
                    errors.AddRange(ex.Errors);
                    break; // the same file fails the same way for every seed
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors.Distinct().ToList());
        }

        return new PreparedRun(plan, splits);
    }

    public async Task<RunResult> RunAsync(PreparedRun prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var plan = prepared.Plan;
        var started = _options.Time.GetUtcNow();
        var pipeline = new EstimationPipeline(_catalog, _options.Metrics, _options.Compute, _options.BudgetGrace);
        var executor = new CellExecutor(pipeline, _options, new UtilityCache());
        var cells = new List<CellResult>(plan.Cells.Count);
        for (var i = 0; i < plan.Cells.Count; i++)
        {
            var cell = plan.Cells[i];
            CellResult result;
            if (cancellationToken.IsCancellationRequested)
            {
                result = new CellResult(cell.Key, CellStatus.Cancelled, "The run was stopped before this cell started.", new Dictionary<string, double>(), null, 0, [], null);
            }
            else
            {
                _options.Observer.CellStarted(cell.Key, i, plan.Cells.Count);
                result = await executor.RunAsync(cell, prepared.Split(cell.Dataset.Id, cell.Seed), plan.Tasks, plan.Timing, cancellationToken).ConfigureAwait(false);
            }

            cells.Add(result);
            _options.Observer.CellFinished(result, i, plan.Cells.Count);
        }

        var environment = new EnvironmentInfo(
            Environment.MachineName,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            Environment.ProcessorCount,
            _options.Compute.Name,
            _options.ToolVersion);
        return new RunResult(
            RunResult.SchemaId,
            RunResult.CurrentSchemaVersion,
            new SuiteInfo(plan.Name, plan.File, plan.Sha256, plan.Gates),
            environment,
            _catalog.Plugins,
            cells,
            ResultAggregator.Aggregate(cells),
            Complete: cells.All(c => c.Status != CellStatus.Cancelled),
            started,
            _options.Time.GetUtcNow());
    }
}
