using SampleImportance.Abstractions;
using SampleImportance.Conformance.Games;
using SampleImportance.Conformance.Reference;

namespace SampleImportance.Conformance;

/// <summary>Builds contexts the way the host does (effective parameters, model seed, units, a counted utility) and runs fresh estimator instances.</summary>
internal sealed class Harness(Func<IEstimator> createEstimator, EstimatorDescriptor descriptor, ConformanceOptions options, ConformanceSetup setup)
{
    public EstimatorDescriptor Descriptor => descriptor;

    public ConformanceOptions Options => options;

    public ModelDescriptor Model => setup.ModelFactory.Describe();

    /// <summary>A model-backed utility over <paramref name="units"/> of <paramref name="train"/>.</summary>
    public ModelUtility Utility(SampleSet train, SampleSet validation, UnitPartition units) =>
        new(train, validation, units, CreateModel(setup.Compute), setup.Metric);

    /// <summary>A context over data; <paramref name="probe"/> (optional) sees every model, backend call and progress report.</summary>
    public EstimationContext Context(SampleSet train, SampleSet validation, UnitPartition units, IUtility utility, PluginParameters parameters, long? budget = null, OperationProbe? probe = null)
    {
        var compute = probe?.Wrap(setup.Compute) ?? setup.Compute;
        var createModel = CreateModel(compute);
        return new EstimationContext
        {
            Train = train,
            Validation = validation,
            Units = units,
            Utility = utility,
            Model = setup.ModelFactory.Describe(),
            CreateModel = probe?.Wrap(createModel) ?? createModel,
            Compute = compute,
            Parameters = parameters.WithDefaults(descriptor.Parameters),
            Seed = options.Seed,
            Budget = new EstimationBudget(MaxUtilityEvaluations: budget),
            Progress = probe,
        };
    }

    /// <summary>A context whose utility is <paramref name="game"/>; the data are placeholders (one row per player, alternating labels).</summary>
    public EstimationContext GameContext(Game game)
    {
        var n = game.PlayerCount;
        var rows = new SampleSet(new float[n * 2], 2, Enumerable.Range(0, n).Select(i => (double)(i % 2)).ToArray());
        return Context(rows, rows, UnitPartition.Rows(n), game, options.ExactParameters ?? options.Parameters);
    }

    /// <summary>Runs a fresh instance; an exception that escapes (synchronously or from the task) is the outcome, not a crash.</summary>
    public async Task<RunOutcome> RunAsync(EstimationContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await createEstimator().EstimateAsync(context, cancellationToken).ConfigureAwait(false);
            return new RunOutcome(result, null);
        }
#pragma warning disable CA1031 // Any exception is an outcome the checks judge.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new RunOutcome(null, ex);
        }
    }

    private Func<IModel> CreateModel(IComputeBackend compute)
    {
        var modelContext = new ModelContext
        {
            Parameters = setup.ModelParameters.WithDefaults(setup.ModelFactory.Describe().Parameters),
            Seed = SeedMixer.Mix(options.Seed, 1),
            Compute = compute,
        };
        return () => setup.ModelFactory.Create(modelContext);
    }
}
