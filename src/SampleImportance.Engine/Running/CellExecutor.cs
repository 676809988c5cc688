using SampleImportance.Abstractions;
using SampleImportance.Data;
using SampleImportance.Engine.Estimation;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Utility;
using SampleImportance.Evaluation;
using SampleImportance.Evaluation.Tasks;
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
    private const string StoppedMessage = "The run was stopped before this cell finished.";

    private readonly EstimationPipeline _pipeline;
    private readonly RunnerOptions _options;
    private readonly UtilityCache _sharedCache;
    private readonly EstimationPipeline? _reference;

    public CellExecutor(EstimationPipeline pipeline, RunnerOptions options, UtilityCache sharedCache, EstimationPipeline? reference = null)
    {
        _pipeline = pipeline;
        _options = options;
        _sharedCache = sharedCache;
        _reference = reference;
    }

    public async Task<CellResult> RunAsync(CellPlan cell, DatasetSplit split, TaskPlan tasks, TimingPlan timing, CancellationToken runToken)
    {
        var key = cell.Key;
        var notes = new List<string>();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var request = Request(cell, split);
        var setup = new CellSetup(cell.Estimator.Unit, cell.Model.Metric, cell.Estimator.Parameters.Values, cell.Model.Parameters.Values, request.EstimatorSeed, split.Standardized);
        long evaluations = 0;
        IReadOnlyList<CurvePoint>? curve = null;

        // Every way a cell ends records what it has so far, through the same finite-only filter.
        CellResult Ended(CellStatus status, string? error, TimingResult? timing = null) =>
            Recorded(new(key, status, error, metrics, timing, evaluations, notes, curve, setup));

        EstimationOutcome outcome;
        try
        {
            _options.Observer.CellPhase(key, "estimating");
            outcome = await _pipeline.RunAsync(request, _sharedCache, runToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return Ended(CellStatus.Cancelled, StoppedMessage);
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
        evaluations = outcome.UtilityEvaluations;
        notes.AddRange(outcome.Notes);
        metrics[CostMetrics.UtilityEvaluationsName] = evaluations;
        WriteValues(key, outcome, notes);
        try
        {
            _options.Observer.CellPhase(key, "evaluating");
            var input = new TaskInput(outcome.Values, outcome.Units, split.Train, split.Test, split.NoiseMask, outcome.CreateModel, outcome.Metric)
            {
                NoiseStrata = split.NoiseStrata,
                Seed = cell.Seed,
                Reestimate = (rerun, token) => Rerun(request, rerun, token),
                Utility = outcome.CreateUtility?.Invoke(runToken),
            };
            foreach (var task in tasks.Tasks)
            {
                var measured = task.Evaluate(input, runToken);
                foreach (var (name, value) in measured.Metrics)
                {
                    metrics[name] = value;
                }

                curve = measured.Curve ?? curve;
            }
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return Ended(CellStatus.Cancelled, StoppedMessage);
        }
        catch (Exception ex)
        {
            return Ended(CellStatus.Failed, "Evaluating the values failed: " + Describe(ex));
        }

        TimingResult? timingResult = null;
        if (timing.Enabled && !runToken.IsCancellationRequested)
        {
            _options.Observer.CellPhase(key, "timing");
            try
            {
                timingResult = Time(cell, request, timing, notes, runToken);
                metrics[CostMetrics.TimeMedianName] = timingResult.MedianSeconds;
                if (timingResult.CpuMedianSeconds is { } cpu)
                {
                    metrics[CostMetrics.TimeCpuMedianName] = cpu;
                }
            }
            catch (Exception ex)
            {
                // Quality stands; a gate on time.median will find no value and fail closed.
                notes.Add("Timing failed: " + Describe(ex));
            }
        }

        return Ended(CellStatus.Succeeded, null, timingResult);
    }

    /// <summary>
    /// What a cell may record, whatever its status: finite numbers only. A NaN metric (e.g. AUROC with no corrupted
    /// row, or a utility undefined on a one-class test set), curve point or timing is left out with a note: absent is
    /// honest, and NaN is not JSON, so one such value would otherwise stop run.json, and every report, from being written.
    /// </summary>
    private static CellResult Recorded(CellResult result)
    {
        var notes = result.Notes.ToList();
        var metrics = new Dictionary<string, double>(result.Metrics, StringComparer.Ordinal);
        foreach (var name in metrics.Where(m => !double.IsFinite(m.Value)).Select(m => m.Key).ToList())
        {
            metrics.Remove(name);
            notes.Add($"{name} is undefined for this cell and was not recorded.");
        }

        var curve = result.RemovalCurve;
        if (curve is not null && curve.Any(p => !double.IsFinite(p.Fraction) || !double.IsFinite(p.Utility)))
        {
            curve = curve.Where(p => double.IsFinite(p.Fraction) && double.IsFinite(p.Utility)).ToList();
            notes.Add("Removal curve points whose utility is undefined were not recorded.");
        }

        var timing = result.Timing;
        if (timing is not null && !new[] { timing.MedianSeconds, timing.CiLowerSeconds, timing.CiUpperSeconds }.Concat(timing.SamplesSeconds).Concat(timing.CpuSamplesSeconds ?? []).Concat(timing.Reference?.SamplesSeconds ?? []).Concat(timing.Reference?.CpuSamplesSeconds ?? []).All(double.IsFinite))
        {
            timing = null;
            metrics.Remove(CostMetrics.TimeMedianName);
            metrics.Remove(CostMetrics.TimeCpuMedianName);
            notes.Add("Timing gave no finite measurement and was not recorded.");
        }

        return result with { Metrics = metrics, Notes = notes, RemovalCurve = curve, Timing = timing };
    }

    /// <summary>
    /// The cell's estimation again for a task (rank stability, exact agreement): the same request under another estimator
    /// seed (repeat k &gt; 0 mixes k into the cell's) or budget, through the shared cache. Its evaluations are not the
    /// cell's cost, which stays the quality pass's.
    /// </summary>
    private RerunResult Rerun(EstimationRequest request, EstimatorRerun rerun, CancellationToken token)
    {
        var again = request with
        {
            EstimatorSeed = rerun.Repeat == 0 ? request.EstimatorSeed : SeedMixer.Mix(request.EstimatorSeed, rerun.Repeat),
            Budget = request.Budget with { MaxUtilityEvaluations = rerun.MaxUtilityEvaluations ?? request.Budget.MaxUtilityEvaluations },
        };
        var outcome = _pipeline.RunAsync(again, _sharedCache, token).GetAwaiter().GetResult();
        return new RerunResult(outcome.Values, outcome.UtilityEvaluations);
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
        cell.EstimatorSeed,
        cell.Estimator.Budget);

    private void WriteValues(CellKey key, EstimationOutcome outcome, List<string> notes)
    {
        try
        {
            _options.Cells?.WriteValues(key, outcome.Units, outcome.Values);
        }
        catch (Exception ex)
        {
            // The values file is a copy of what the cell computed; failing to write it must not cost the cell's metrics.
            notes.Add("The values were not written: " + Describe(ex));
        }
    }

    private TimingResult Time(CellPlan cell, EstimationRequest request, TimingPlan timing, List<string> notes, CancellationToken runToken)
    {
        var options = new TimingOptions
        {
            Iterations = timing.Iterations,
            Warmup = timing.Warmup,
            AllowDebugBuild = _options.AllowDebugTiming,
            Timeout = TimeSpan.FromSeconds(((cell.Estimator.Budget.MaxSeconds ?? 600) + _options.BudgetGrace.TotalSeconds) * (timing.Iterations + timing.Warmup + 2)),
        };

        // Each timed run gets a private, empty cache: the cost measured is the estimator's own, not the shared cache's.
        Action? reference = null;
        if (_reference is { } referencePipeline)
        {
            if (_options.TimingReference!.Estimators.Any(e => e.Id == request.Estimator))
            {
                reference = () =>
                {
                    runToken.ThrowIfCancellationRequested();
                    referencePipeline.RunAsync(request, new UtilityCache(), runToken).GetAwaiter().GetResult();
                };
            }
            else
            {
                notes.Add($"The timing reference ({_options.TimingReferenceSource}) has no estimator '{request.Estimator}': timed without an interleaved reference.");
            }
        }

        return _options.Timer.Measure(cell.Key.Id, options, () =>
        {
            runToken.ThrowIfCancellationRequested();
            _pipeline.RunAsync(request, new UtilityCache(), runToken).GetAwaiter().GetResult();
        }, reference, _options.TimingReferenceSource);
    }

    private static string Describe(Exception ex) => ex is AggregateException { InnerExceptions.Count: 1 } agg
        ? Describe(agg.InnerExceptions[0])
        : $"{ex.GetType().Name}: {ex.Message}";
}
