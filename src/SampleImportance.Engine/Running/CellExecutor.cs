using SampleImportance.Abstractions;
using SampleImportance.Data;
using SampleImportance.Engine.Estimation;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Utility;
using SampleImportance.Evaluation;
using SampleImportance.Suites;
using SampleImportance.Timing;

namespace SampleImportance.Engine.Running;

/// <summary>
/// Runs one cell: a deterministic quality pass (the estimation pipeline, then every task), then a separate
/// BenchmarkDotNet timing pass of the same pipeline. Anything a plugin throws fails only this cell; a cell that
/// cannot run as asked is skipped with the reason.
/// </summary>
internal sealed class CellExecutor
{
    private readonly EstimationPipeline _pipeline;
    private readonly RunnerOptions _options;
    private readonly UtilityCache _sharedCache;

    public CellExecutor(EstimationPipeline pipeline, RunnerOptions options, UtilityCache sharedCache)
    {
        _pipeline = pipeline;
        _options = options;
        _sharedCache = sharedCache;
    }

    public async Task<CellResult> RunAsync(CellPlan cell, DatasetSplit split, TaskPlan tasks, TimingPlan timing, CancellationToken runToken)
    {
        var key = cell.Key;
        var notes = new List<string>();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var request = Request(cell, split);
        var setup = new CellSetup(cell.Estimator.Unit, cell.Model.Metric, cell.Estimator.Parameters.Values, cell.Model.Parameters.Values, request.EstimatorSeed);
        CellResult Ended(CellStatus status, string error) => new(key, status, error, metrics, null, 0, notes, null, setup);

        EstimationOutcome outcome;
        try
        {
            _options.Observer.CellPhase(key, "estimating");
            outcome = await _pipeline.RunAsync(request, _sharedCache, runToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return Ended(CellStatus.Cancelled, "The run was stopped before this cell finished.");
        }
        catch (EstimationNotApplicableException ex)
        {
            return Ended(CellStatus.Skipped, ex.Message);
        }
        catch (Exception ex) when (ex is CellBudgetExceededException or UtilityBudgetExceededException)
        {
            return Ended(CellStatus.TimedOut, ex.Message);
        }
        catch (Exception ex)
        {
            return Ended(CellStatus.Failed, Describe(ex));
        }

        setup = setup with
        {
            Metric = outcome.Metric.Describe().Name,
            EstimatorParameters = outcome.EstimatorParameters.Values,
            ModelParameters = outcome.ModelParameters.Values,
        };
        notes.AddRange(outcome.Notes);
        metrics[MetricNames.UtilityEvaluations] = outcome.UtilityEvaluations;
        IReadOnlyList<CurvePoint>? curve = null;
        try
        {
            _options.Observer.CellPhase(key, "evaluating");
            if (tasks.NoisyDetection && split.NoiseMask is { } mask)
            {
                foreach (var (name, value) in NoisyDetectionTask.Evaluate(outcome.Values, mask, outcome.Units))
                {
                    metrics[name] = value;
                }
            }

            if (tasks.Removal is { } removal)
            {
                var (points, area) = RemovalTask.Evaluate(outcome.Values, outcome.Units, split.Train, split.Test, outcome.CreateModel, outcome.Metric, removal, runToken);
                curve = points;
                metrics[MetricNames.RemovalAuc] = area;
            }
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return new CellResult(key, CellStatus.Cancelled, "The run was stopped before this cell finished.", metrics, null, outcome.UtilityEvaluations, notes, curve, setup);
        }
        catch (Exception ex)
        {
            return new CellResult(key, CellStatus.Failed, "Evaluating the values failed: " + Describe(ex), metrics, null, outcome.UtilityEvaluations, notes, curve, setup);
        }

        TimingResult? timingResult = null;
        if (timing.Enabled && !runToken.IsCancellationRequested)
        {
            _options.Observer.CellPhase(key, "timing");
            try
            {
                timingResult = Time(cell, request, timing, runToken);
                metrics[MetricNames.TimeMedian] = timingResult.MedianSeconds;
            }
            catch (Exception ex)
            {
                // Quality stands; a gate on time.median will find no value and fail closed.
                notes.Add("Timing failed: " + Describe(ex));
            }
        }

        // Drop NaN metrics (e.g. AUROC with no corrupted row): absent is honest, NaN is not JSON.
        foreach (var name in metrics.Where(m => !double.IsFinite(m.Value)).Select(m => m.Key).ToList())
        {
            metrics.Remove(name);
            notes.Add($"{name} is undefined for this cell and was not recorded.");
        }

        return new CellResult(key, CellStatus.Succeeded, null, metrics, timingResult, outcome.UtilityEvaluations, notes, curve, setup);
    }

    private static EstimationRequest Request(CellPlan cell, DatasetSplit split) => new(
        split.Train,
        split.Validation,
        cell.Estimator.Unit,
        cell.Estimator.Plugin,
        cell.Estimator.Parameters,
        cell.Model.Plugin,
        cell.Model.Parameters,
        cell.Model.Metric,
        cell.Seed,
        EstimatorSeed: 1,
        cell.Estimator.Budget);

    private TimingResult Time(CellPlan cell, EstimationRequest request, TimingPlan timing, CancellationToken runToken)
    {
        var options = new TimingOptions
        {
            Iterations = timing.Iterations,
            Warmup = timing.Warmup,
            AllowDebugBuild = _options.AllowDebugTiming,
            Timeout = TimeSpan.FromSeconds(((cell.Estimator.Budget.MaxSeconds ?? 600) + _options.BudgetGrace.TotalSeconds) * (timing.Iterations + timing.Warmup + 2)),
        };

        // Each timed run gets a private, empty cache: the cost measured is the estimator's own, not the shared cache's.
        return _options.Timer.Measure(cell.Key.Id, options, () =>
        {
            runToken.ThrowIfCancellationRequested();
            _pipeline.RunAsync(request, new UtilityCache(), runToken).GetAwaiter().GetResult();
        });
    }

    private static string Describe(Exception ex) => ex is AggregateException { InnerExceptions.Count: 1 } agg
        ? Describe(agg.InnerExceptions[0])
        : $"{ex.GetType().Name}: {ex.Message}";
}
