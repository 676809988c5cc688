using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// One option of a task: a plugin-style <see cref="ParameterDescriptor"/>, or a list of such values. A list is written
/// in suites as a YAML sequence and held in <see cref="PluginParameters"/> as comma-separated invariant text
/// (<c>0.1,0.2,0.3</c>), which is also how its <see cref="ParameterDescriptor.Default"/> is written.
/// </summary>
/// <param name="Descriptor">Name, kind (of each item, for a list), default, description, range, allowed values.</param>
/// <param name="IsList">True when the option takes a non-empty list of values.</param>
public sealed record TaskParameter(ParameterDescriptor Descriptor, bool IsList = false)
{
    /// <summary>The separator of list items in parameter text.</summary>
    public const char ListSeparator = ',';

    /// <summary>The option's name.</summary>
    public string Name => Descriptor.Name;

    /// <summary>The items of a list value as written in parameter text.</summary>
    /// <param name="text">Comma-separated invariant text.</param>
    public static IReadOnlyList<string> SplitList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
