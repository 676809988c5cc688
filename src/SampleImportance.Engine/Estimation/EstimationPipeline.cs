using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Engine.Utility;
using SampleImportance.Evaluation.Metrics;
using SampleImportance.Hosting;

namespace SampleImportance.Engine.Estimation;

/// <summary>
/// The one way an estimate is made, for <c>run</c> and <c>score</c> alike: parameters checked and defaults filled in,
/// the metric resolved, requirements and units matched (or the request refused with a reason), the model created with
/// its own seed and the backend, the estimator run under its budget with a host-counted utility, and its values checked.
/// Same request, same values.
/// </summary>
public sealed class EstimationPipeline
{
    private readonly IPluginCatalog _catalog;
    private readonly MetricCatalog _metrics;
    private readonly IComputeBackend _compute;
    private readonly TimeSpan _budgetGrace;

    /// <param name="catalog">Loaded plugins.</param>
    /// <param name="metrics">Known metrics.</param>
    /// <param name="compute">The run's backend (not owned).</param>
    /// <param name="budgetGrace">How long past its time budget an estimator may take to return before it is abandoned.</param>
    public EstimationPipeline(IPluginCatalog catalog, MetricCatalog metrics, IComputeBackend compute, TimeSpan budgetGrace)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _compute = compute ?? throw new ArgumentNullException(nameof(compute));
        _budgetGrace = budgetGrace;
    }

    /// <summary>Runs the request.</summary>
    /// <param name="request">What to estimate.</param>
    /// <param name="cache">The utility cache to share (a fresh one for timing, so the cost measured is the estimator's own).</param>
    /// <param name="cancellationToken">The run's stop token.</param>
    /// <exception cref="EstimationNotApplicableException">The request cannot run as asked; the message says why.</exception>
    /// <exception cref="CellBudgetExceededException">The time budget ran out.</exception>
    public async Task<EstimationOutcome> RunAsync(EstimationRequest request, UtilityCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cache);
        var estimatorDescriptor = _catalog.Estimators.FirstOrDefault(d => d.Id == request.Estimator)
            ?? throw new EstimationNotApplicableException($"No estimator plugin '{request.Estimator}' is loaded.");
        var modelDescriptor = _catalog.Models.FirstOrDefault(d => d.Id == request.Model)
            ?? throw new EstimationNotApplicableException($"No model plugin '{request.Model}' is loaded.");
        var estimatorParameters = Effective(request.EstimatorParameters, estimatorDescriptor.Parameters, $"estimator '{estimatorDescriptor.Id}'");
        var modelParameters = Effective(request.ModelParameters, modelDescriptor.Parameters, $"model '{modelDescriptor.Id}'");
        var metric = ResolveMetric(request.Metric ?? modelDescriptor.DefaultMetric, modelDescriptor, request.Validation);
        CheckRequirements(estimatorDescriptor, modelDescriptor);
        var units = ResolveUnits(request.Unit, request.Train, estimatorDescriptor);

        var factory = _catalog.GetModelFactory(modelDescriptor.Id);
        var modelSeed = SeedStreams.ModelSeed(request.Seed);
        Func<IModel> createModel = () => factory.Create(new ModelContext { Parameters = modelParameters, Seed = modelSeed, Compute = _compute });
        // The data's sample weights reach the fit only through a model that declares it takes them; otherwise say so.
        var useWeights = request.Train.HasWeights && modelDescriptor.Capabilities.HasFlag(ModelCapabilities.SampleWeights);
        var hostNotes = request.Train.HasWeights && !useWeights
            ? new[] { $"The training data carries sample weights, but model '{modelDescriptor.Id}' does not take them; they were ignored." }
            : [];
        var metricName = metric.Describe().Name;
        var contextKey = new Lazy<string>(() => string.Join(
            '|',
            DataFingerprint.Of(request.Train),
            DataFingerprint.Of(request.Validation),
            modelDescriptor.Id,
            Canonical(modelParameters),
            metricName,
            modelSeed.ToString(CultureInfo.InvariantCulture),
            useWeights ? "weighted" : "unweighted"));

        CachedUtility? utility = null;
        var estimator = _catalog.CreateEstimator(estimatorDescriptor.Id);
        var result = await EstimatorInvoker.InvokeAsync(
            estimator,
            token =>
            {
                utility = new CachedUtility(request.Train, request.Validation, units, createModel, metric, cache, contextKey, request.Budget.MaxUtilityEvaluations, token, useWeights);
                return new EstimationContext
                {
                    Train = request.Train,
                    Validation = request.Validation,
                    Units = units,
                    Utility = utility,
                    Model = modelDescriptor,
                    CreateModel = createModel,
                    Compute = _compute,
                    Parameters = estimatorParameters,
                    Seed = SeedStreams.EstimatorSeed(request.Seed, request.EstimatorSeed),
                    Budget = request.Budget,
                };
            },
            request.Budget,
            _budgetGrace,
            cancellationToken).ConfigureAwait(false);

        CheckValues(result, units.Count, estimatorDescriptor.Id);
        return new EstimationOutcome(
            units,
            result.Values,
            result.StandardErrors,
            [.. hostNotes, .. result.Notes],
            utility?.Evaluations ?? 0,
            estimatorParameters,
            modelParameters,
            metric,
            createModel,
            token => new CachedUtility(request.Train, request.Validation, units, createModel, metric, cache, contextKey, null, token, useWeights));
    }

    /// <summary>The given parameters checked against the descriptors (the host checks before plugin code runs), defaults filled in.</summary>
    private static PluginParameters Effective(PluginParameters given, IReadOnlyList<ParameterDescriptor> descriptors, string owner)
    {
        var problems = new List<string>();
        foreach (var (name, text) in given.Values)
        {
            var descriptor = descriptors.FirstOrDefault(d => d.Name == name);
            var problem = descriptor is null
                ? $"unknown parameter '{name}' (accepted: {string.Join(", ", descriptors.Select(d => d.Name))})"
                : ParameterCheck.Problem(descriptor, text);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems.Count == 0
            ? given.WithDefaults(descriptors)
            : throw new EstimationNotApplicableException($"Invalid parameters for {owner}: {string.Join(" ", problems)}");
    }

    private IMetric ResolveMetric(string name, ModelDescriptor model, SampleSet validation)
    {
        if (!_metrics.TryCreate(name, out var metric, out var problem))
        {
            throw new EstimationNotApplicableException(problem);
        }

        var descriptor = metric.Describe();
        if (descriptor.Predictions == PredictionKind.ClassScores && model.Predictions != PredictionKind.ClassScores)
        {
            throw new EstimationNotApplicableException($"Metric '{name}' reads class scores, but model '{model.Id}' predicts one score per row.");
        }

        if (descriptor.NeedsGroups && !validation.HasGroups)
        {
            throw new EstimationNotApplicableException($"Metric '{name}' is computed per group, but the validation data has no group column.");
        }

        return metric;
    }

    private static void CheckRequirements(EstimatorDescriptor estimator, ModelDescriptor model)
    {
        if (estimator.Requirements.HasFlag(EstimatorRequirements.Gradients) && !model.Capabilities.HasFlag(ModelCapabilities.Gradients))
        {
            throw new EstimationNotApplicableException($"Estimator '{estimator.Id}' needs per-sample gradients, which model '{model.Id}' does not provide.");
        }

        if (estimator.Requirements.HasFlag(EstimatorRequirements.Checkpoints) && !model.Capabilities.HasFlag(ModelCapabilities.Checkpoints))
        {
            throw new EstimationNotApplicableException($"Estimator '{estimator.Id}' needs training checkpoints, which model '{model.Id}' does not record.");
        }
    }

    private static UnitPartition ResolveUnits(string unit, SampleSet train, EstimatorDescriptor estimator)
    {
        if (unit == UnitPartition.RowUnit)
        {
            return estimator.Units.HasFlag(ValueUnits.Rows)
                ? UnitPartition.Rows(train.Count)
                : throw new EstimationNotApplicableException($"Estimator '{estimator.Id}' cannot value single rows.");
        }

        if (!estimator.Units.HasFlag(ValueUnits.Groups))
        {
            throw new EstimationNotApplicableException($"Estimator '{estimator.Id}' values single rows only, not groups of '{unit}'.");
        }

        return train.HasColumn(unit)
            ? UnitPartition.ByColumn(unit, train.Column(unit))
            : throw new EstimationNotApplicableException($"The data has no id column '{unit}' to value by; it has: {(train.ColumnNames.Count == 0 ? "none" : string.Join(", ", train.ColumnNames))}.");
    }

    private static void CheckValues(ImportanceResult result, int units, string estimator)
    {
        if (result.Values.Count != units)
        {
            throw new InvalidOperationException($"Estimator '{estimator}' returned {result.Values.Count} values for {units} units.");
        }

        for (var i = 0; i < units; i++)
        {
            if (!double.IsFinite(result.Values[i]))
            {
                throw new InvalidOperationException($"Estimator '{estimator}' returned a non-finite value ({result.Values[i]}) for unit {i}.");
            }
        }
    }

    private static string Canonical(PluginParameters parameters) =>
        string.Join(',', parameters.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
}
