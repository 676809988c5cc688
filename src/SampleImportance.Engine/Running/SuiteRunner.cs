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
/// Runs a suite plan cell by cell (dataset × model × estimator × seed × estimator seed). Cells run one at a time so BenchmarkDotNet
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
                    splits[(dataset.Id, seed)] = DatasetLoader.Load(dataset.Request, seed, plan.Catalogs.Sources, plan.Catalogs.Corruptions);
                }
                catch (InputException ex)
                {
                    errors.AddRange(ex.Errors.Select(e => Locate(e, dataset)));
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

    /// <summary>
    /// A data problem without a line (a generated source, or a whole CSV file: too few rows or groups to split, too few
    /// rows for the corruption rate) is fixed in the suite, so it points at the dataset's entry there; problems on a line
    /// of a data file keep that line.
    /// </summary>
    private static ValidationError Locate(ValidationError error, DatasetPlan dataset) =>
        error.Location.Line > 0 || dataset.Location.Line == 0
            ? error
            : error with
            {
                Message = $"Dataset '{dataset.Id}' ({(dataset.Request.Path is { } path ? path : dataset.Request.Source)}): {error.Message}",
                Location = dataset.Location,
            };

    public async Task<RunResult> RunAsync(PreparedRun prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var plan = prepared.Plan;
        var started = _options.Time.GetUtcNow();
        // The plan carries the catalogs it was validated against, so validation and the run know the same metrics.
        var pipeline = new EstimationPipeline(_catalog, plan.Catalogs.Metrics, _options.Compute, _options.BudgetGrace);
        var reference = _options.TimingReference is { } referencePlugins
            ? new EstimationPipeline(new ReferencePluginCatalog(referencePlugins, _catalog), plan.Catalogs.Metrics, _options.Compute, _options.BudgetGrace)
            : null;
        var executor = new CellExecutor(pipeline, _options, new UtilityCache(), reference);
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

            result = Persist(result);
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
            Aggregate(cells),
            Complete: cells.All(c => c.Status != CellStatus.Cancelled),
            started,
            _options.Time.GetUtcNow(),
            plan.Metrics);
    }

    /// <summary>Hands the finished cell to the sink before the next cell starts; a sink that fails costs a note, not the run.</summary>
    private CellResult Persist(CellResult result)
    {
        if (_options.Cells is not { } sink)
        {
            return result;
        }

        try
        {
            sink.WriteResult(result);
            return result;
        }
        catch (Exception ex)
        {
            return result with { Notes = [.. result.Notes, $"The cell's result was not written: {ex.GetType().Name}: {ex.Message}"] };
        }
    }

    /// <summary>Aggregates, naming the stage when it fails: every cell is finished (and with a sink, on disk) by now.</summary>
    private static IReadOnlyList<AggregateResult> Aggregate(IReadOnlyList<CellResult> cells)
    {
        try
        {
            return ResultAggregator.Aggregate(cells);
        }
        catch (Exception ex)
        {
            throw new RunAggregationException(cells, ex);
        }
    }
}
