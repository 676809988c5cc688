using System.Diagnostics.CodeAnalysis;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// The evaluation tasks a suite may list, and the costs every cell records: the one place suite validation, the
/// runner, gates, leaderboards and the CLI learn task names, options, metrics and each metric's direction. Adding a
/// task is a folder under <c>Tasks/</c> and one <see cref="Add"/> line in <see cref="CreateDefault"/>. Built-in tasks
/// share this namespace (their folders group files only) so that this catalog can register them without a namespace cycle.
/// </summary>
public sealed class TaskCatalog
{
    private readonly List<(IEvaluationTask Task, TaskDescriptor Descriptor)> _tasks = [];
    private readonly List<CostMetric> _costs = [];

    /// <summary>A catalog holding the built-in tasks and costs.</summary>
    public static TaskCatalog CreateDefault() => new TaskCatalog()
        .Add(new NoisyDetectionTask())
        .Add(new RemovalTask())
        .Add(new AdditionTask())
        .Add(new LdsTask())
        .Add(new RankStabilityTask())
        .Add(new ExactAgreementTask())
        .AddCost(CostMetrics.TimeMedian)
        .AddCost(CostMetrics.TimeCpuMedian)
        .AddCost(CostMetrics.UtilityEvaluations);

    /// <summary>Task names in registration order.</summary>
    public IReadOnlyList<string> Names => _tasks.Select(t => t.Descriptor.Name).ToList();

    /// <summary>Every task's description, in registration order.</summary>
    public IReadOnlyList<TaskDescriptor> Descriptors => _tasks.Select(t => t.Descriptor).ToList();

    /// <summary>The costs every cell records, in registration order.</summary>
    public IReadOnlyList<CostMetric> Costs => _costs;

    /// <summary>Every metric a result may hold: each task's (directions under default parameters), then the costs.</summary>
    public IReadOnlyList<ResultMetric> Metrics =>
        [.. _tasks.SelectMany(t => t.Descriptor.Metrics), .. _costs.Select(c => c.Metric)];

    /// <summary>Registers a task under its descriptor's name.</summary>
    /// <param name="task">The task.</param>
    /// <exception cref="ArgumentException">The name or one of its metric names is taken, or its defaults fail its own check.</exception>
    public TaskCatalog Add(IEvaluationTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var descriptor = task.Describe();
        ArgumentException.ThrowIfNullOrWhiteSpace(descriptor.Name, nameof(task));
        if (_tasks.Any(t => t.Descriptor.Name == descriptor.Name))
        {
            throw new ArgumentException($"A task named '{descriptor.Name}' is already registered.", nameof(task));
        }

        foreach (var metric in descriptor.Metrics)
        {
            CheckFree(metric.Name, nameof(task));
        }

        if (task.Check(descriptor.Defaults) is [var problem, ..])
        {
            throw new ArgumentException($"Task '{descriptor.Name}' rejects its own defaults: {problem.Message}", nameof(task));
        }

        _tasks.Add((task, descriptor));
        return this;
    }

    /// <summary>Registers a cost the engine records for every cell.</summary>
    /// <param name="cost">The cost metric.</param>
    /// <exception cref="ArgumentException">Its name is taken.</exception>
    public TaskCatalog AddCost(CostMetric cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        CheckFree(cost.Name, nameof(cost));
        _costs.Add(cost);
        return this;
    }

    /// <summary>The task registered under <paramref name="name"/>.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out IEvaluationTask? task)
    {
        task = _tasks.Find(t => t.Descriptor.Name == name).Task;
        return task is not null;
    }

    /// <summary>The task that records <paramref name="metric"/>, or null (a cost, or unknown).</summary>
    public TaskDescriptor? ProducerOf(string metric) =>
        _tasks.Select(t => t.Descriptor).FirstOrDefault(d => d.Metrics.Any(m => m.Name == metric));

    /// <summary>The cost named <paramref name="metric"/>, or null.</summary>
    public CostMetric? CostOf(string metric) => _costs.Find(c => c.Name == metric);

    /// <summary>
    /// The metrics a run of <paramref name="tasks"/> records, with directions under their parameters, then the costs
    /// (the timed ones only when <paramref name="timing"/> is on): what run.json records for reports to rank by.
    /// Tasks come in registration order, not the order a suite lists them, so leaderboards rank by the same metric first
    /// whatever the order written.
    /// </summary>
    /// <param name="tasks">The configured tasks of a plan.</param>
    /// <param name="timing">Whether cells are timed.</param>
    public IReadOnlyList<ResultMetric> MetricsFor(IEnumerable<ConfiguredTask> tasks, bool timing)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var configured = tasks.ToList();
        var registered = _tasks.Select(t => t.Descriptor.Name).ToList();
        return
        [
            .. configured.OrderBy(t => registered.IndexOf(t.Name) is var i && i < 0 ? int.MaxValue : i).SelectMany(t => t.Metrics),
            .. _costs.Where(c => timing || !c.NeedsTiming).Select(c => c.Metric),
        ];
    }

    private void CheckFree(string metric, string parameter)
    {
        if (_tasks.Any(t => t.Descriptor.Metrics.Any(m => m.Name == metric)) || _costs.Any(c => c.Name == metric))
        {
            throw new ArgumentException($"A metric named '{metric}' is already registered.", parameter);
        }
    }
}
