namespace SampleImportance.Evaluation.Tasks;

/// <summary>One thing wrong with a task's parameters, pointing at the option (and list item) to fix.</summary>
/// <param name="Parameter">The option's name.</param>
/// <param name="Item">0-based index of the offending item of a list option, or null for the whole option.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record TaskProblem(string Parameter, int? Item, string Message, string Fix);
