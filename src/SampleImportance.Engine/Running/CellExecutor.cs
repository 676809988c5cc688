using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Utility;
using SampleImportance.Evaluation;
using SampleImportance.Hosting;
using SampleImportance.Suites;
using SampleImportance.Timing;

namespace SampleImportance.Engine.Running;

/// <summary>
/// Runs one cell: a deterministic quality pass (estimate, then every task), then a separate BenchmarkDotNet
/// timing pass. Anything a plugin throws fails only this cell.
/// </summary>
internal sealed class CellExecutor
{
    private readonly IPluginCatalog _catalog;
    private readonly RunnerOptions _options;
    private readonly UtilityCache _sharedCache;

    public CellExecutor(IPluginCatalog catalog, RunnerOptions options, UtilityCache sharedCache)
    {
        _catalog = catalog;
        _options = options;
        _sharedCache = sharedCache;
    }

    public async Task<CellResult> RunAsync(CellPlan cell, DatasetSplit split, TaskPlan tasks, TimingPlan timing, CancellationToken runToken)
    {
        var key = cell.Key;
        var notes = new List<string>();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        ImportanceResult result;
        Func<IModel> createModel;
        try
        {
            var factory = _catalog.GetModelFactory(cell.Model.Plugin);
            createModel = () => factory.Create(cell.Model.Parameters);
            _options.Observer.CellPhase(key, "estimating");
            result = await EstimateAsync(cell, split, createModel, _sharedCache, runToken).ConfigureAwait(false);
            CheckValues(result, split.Train.Count);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return new CellResult(key, CellStatus.Cancelled, "The run was stopped before this cell finished.", metrics, null, 0, notes, null);
        }
        catch (Exception ex) when (ex is CellBudgetExceededException or UtilityBudgetExceededException)
        {
            return new CellResult(key, CellStatus.TimedOut, ex.Message, metrics, null, 0, notes, null);
        }
        catch (Exception ex)
        {
            return new CellResult(key, CellStatus.Failed, Describe(ex), metrics, null, 0, notes, null);
        }

        notes.AddRange(result.Notes);
        metrics[MetricNames.UtilityEvaluations] = result.UtilityEvaluations;
        IReadOnlyList<CurvePoint>? curve = null;
        try
        {
            _options.Observer.CellPhase(key, "evaluating");
            if (tasks.NoisyDetection && split.NoiseMask is { } mask)
            {
                foreach (var (name, value) in NoisyDetectionTask.Evaluate(result.Values, mask))
                {
                    metrics[name] = value;
                }
            }

            if (tasks.Removal is { } removal)
            {
                var (points, area) = RemovalTask.Evaluate(result.Values, split.Train, split.Test, createModel, cell.Model.Metric, removal, runToken);
                curve = points;
                metrics[MetricNames.RemovalAuc] = area;
            }
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return new CellResult(key, CellStatus.Cancelled, "The run was stopped before this cell finished.", metrics, null, result.UtilityEvaluations, notes, curve);
        }
        catch (Exception ex)
        {
            return new CellResult(key, CellStatus.Failed, "Evaluating the values failed: " + Describe(ex), metrics, null, result.UtilityEvaluations, notes, curve);
        }

        TimingResult? timingResult = null;
        if (timing.Enabled && !runToken.IsCancellationRequested)
        {
            _options.Observer.CellPhase(key, "timing");
            try
            {
                timingResult = Time(cell, split, createModel, timing, runToken);
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

        return new CellResult(key, CellStatus.Succeeded, null, metrics, timingResult, result.UtilityEvaluations, notes, curve);
    }

    private Task<ImportanceResult> EstimateAsync(CellPlan cell, DatasetSplit split, Func<IModel> createModel, UtilityCache cache, CancellationToken runToken)
    {
        var estimator = _catalog.CreateEstimator(cell.Estimator.Plugin);
        var contextKey = string.Join(
            '|',
            DataFingerprint.Of(split.Train),
            DataFingerprint.Of(split.Validation),
            cell.Model.Plugin,
            string.Join(',', cell.Model.Parameters.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)),
            cell.Model.Metric,
            cell.Seed.ToString(CultureInfo.InvariantCulture));
        var budget = cell.Estimator.Budget;
        return EstimatorInvoker.InvokeAsync(
            estimator,
            token => new EstimationContext
            {
                Train = split.Train,
                Validation = split.Validation,
                Utility = new CachedUtility(split.Train, split.Validation, createModel, cell.Model.Metric, cache, contextKey, budget.MaxUtilityEvaluations, token),
                CreateModel = createModel,
                Compute = _options.Compute,
                Parameters = cell.Estimator.Parameters,
                Seed = cell.Seed,
                Budget = budget,
            },
            budget,
            _options.BudgetGrace,
            runToken);
    }

    private TimingResult Time(CellPlan cell, DatasetSplit split, Func<IModel> createModel, TimingPlan timing, CancellationToken runToken)
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
            EstimateAsync(cell, split, createModel, new UtilityCache(), runToken).GetAwaiter().GetResult();
        });
    }

    private static void CheckValues(ImportanceResult result, int rows)
    {
        if (result.Values.Count != rows)
        {
            throw new InvalidOperationException($"The estimator returned {result.Values.Count} values for {rows} training rows.");
        }

        for (var i = 0; i < rows; i++)
        {
            if (!double.IsFinite(result.Values[i]))
            {
                throw new InvalidOperationException($"The estimator returned a non-finite value ({result.Values[i]}) for row {i}.");
            }
        }
    }

    private static string Describe(Exception ex) => ex is AggregateException { InnerExceptions.Count: 1 } agg
        ? Describe(agg.InnerExceptions[0])
        : $"{ex.GetType().Name}: {ex.Message}";
}
