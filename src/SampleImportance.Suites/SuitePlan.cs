namespace SampleImportance.Suites;

/// <summary>
/// A validated, frozen suite: everything a run needs, with every list read-only. The cells are derived
/// once here, so a plan cannot disagree with its own cells.
/// </summary>
public sealed class SuitePlan
{
    /// <summary>Freezes the given parts (the lists are copied) and derives <see cref="Cells"/>.</summary>
    /// <param name="estimatorSeeds">Distinct estimator seeds; null or empty means <c>[1]</c> (<see cref="CellKey.DefaultEstimatorSeed"/>).</param>
    public SuitePlan(
        string name,
        string file,
        string sha256,
        IEnumerable<int> seeds,
        IEnumerable<DatasetPlan> datasets,
        IEnumerable<ModelPlan> models,
        IEnumerable<EstimatorPlan> estimators,
        TaskPlan tasks,
        TimingPlan timing,
        IEnumerable<GateDefinition> gates,
        IEnumerable<int>? estimatorSeeds = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(sha256);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(datasets);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(estimators);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(timing);
        ArgumentNullException.ThrowIfNull(gates);

        Name = name;
        File = file;
        Sha256 = sha256;
        Seeds = Array.AsReadOnly(seeds.ToArray());
        var estimatorSeedList = estimatorSeeds?.ToArray() ?? [];
        EstimatorSeeds = Array.AsReadOnly(estimatorSeedList.Length == 0 ? [CellKey.DefaultEstimatorSeed] : estimatorSeedList);
        Datasets = Array.AsReadOnly(datasets.ToArray());
        Models = Array.AsReadOnly(models.ToArray());
        Estimators = Array.AsReadOnly(estimators.ToArray());
        Tasks = tasks;
        Timing = timing;
        Gates = Array.AsReadOnly(gates.ToArray());
        Cells = Array.AsReadOnly((
            from dataset in Datasets
            from model in Models
            from estimator in Estimators
            where estimator.PairsWith(model.Id)
            from seed in Seeds
            from estimatorSeed in EstimatorSeeds
            select new CellPlan(dataset, model, estimator, seed, estimatorSeed)).ToArray());
    }

    /// <summary>The suite's <c>name</c>.</summary>
    public string Name { get; }

    /// <summary>Absolute path of the suite file, or <c>embedded:NAME.yaml</c>.</summary>
    public string File { get; }

    /// <summary>Lower-case hex SHA-256 of the suite text (UTF-8, no BOM).</summary>
    public string Sha256 { get; }

    /// <summary>Distinct seeds, in the order written.</summary>
    public IReadOnlyList<int> Seeds { get; }

    /// <summary>Distinct estimator seeds, in the order written (<c>[1]</c> when the suite sets none). Each data seed's
    /// data is paired with every estimator seed, so estimator variance is measured with the data held fixed.</summary>
    public IReadOnlyList<int> EstimatorSeeds { get; }

    public IReadOnlyList<DatasetPlan> Datasets { get; }

    public IReadOnlyList<ModelPlan> Models { get; }

    public IReadOnlyList<EstimatorPlan> Estimators { get; }

    public TaskPlan Tasks { get; }

    /// <summary>The registries the plan was validated against; the runner loads data and evaluates tasks through them (default: the built-in ones).</summary>
    public SuiteCatalogs Catalogs { get; init; } = SuiteCatalogs.CreateDefault();

    /// <summary>The metrics the plan's cells record, each with its direction under the plan's task options (timed costs only with timing on).</summary>
    public IReadOnlyList<Evaluation.Tasks.ResultMetric> Metrics => Catalogs.Tasks.MetricsFor(Tasks.Tasks, Timing.Enabled);

    public TimingPlan Timing { get; }

    /// <summary>Gates, each with the file, line and column of its entry.</summary>
    public IReadOnlyList<GateDefinition> Gates { get; }

    /// <summary>Datasets × models × estimators × seeds × estimator seeds, nested in that order (estimator seed varies fastest); an estimator only with the models it pairs with.</summary>
    public IReadOnlyList<CellPlan> Cells { get; }

    /// <summary>The suite's identity as recorded in <c>run.json</c>.</summary>
    public SuiteInfo ToSuiteInfo() => new(Name, File, Sha256, Gates);
}
