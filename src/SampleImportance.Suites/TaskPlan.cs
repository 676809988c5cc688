using SampleImportance.Evaluation.Tasks;

namespace SampleImportance.Suites;

/// <summary>How each estimator is judged: the listed tasks with their effective options, in the order written.
/// A suite without <c>tasks:</c> only measures cost.</summary>
public sealed class TaskPlan
{
    /// <summary>Freezes the tasks (the list is copied).</summary>
    /// <param name="tasks">Configured tasks, each listed once.</param>
    public TaskPlan(IEnumerable<ConfiguredTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        Tasks = Array.AsReadOnly(tasks.ToArray());
    }

    /// <summary>No quality tasks.</summary>
    public static TaskPlan None { get; } = new([]);

    /// <summary>The tasks in the order written.</summary>
    public IReadOnlyList<ConfiguredTask> Tasks { get; }

    /// <summary>The task listed under <paramref name="name"/>, or null.</summary>
    public ConfiguredTask? Find(string name) => Tasks.FirstOrDefault(t => t.Name == name);
}
