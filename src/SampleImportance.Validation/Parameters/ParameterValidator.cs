using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Validation.Parameters;

/// <summary>
/// Checks user-written plugin or source parameters against their descriptors (name, kind, range) and
/// returns the effective parameters: given values in canonical invariant text plus the defaults of
/// absent ones, so results record exactly what ran. Shared by suites and the CLI's <c>--param</c>.
/// </summary>
public static class ParameterValidator
{
    /// <summary>Validates <paramref name="given"/>, appending every problem to <paramref name="problems"/>.</summary>
    /// <param name="given">Values as written, in the order written.</param>
    /// <param name="descriptors">What the plugin or source accepts.</param>
    /// <param name="owner">Who the parameters are for, used in messages, e.g. <c>estimator plugin 'knn-shapley'</c>.</param>
    /// <param name="problems">Receives one error per bad value, unknown name or repeated name.</param>
    /// <returns>Every descriptor's effective value (given, else default), plus nothing else. Invalid given values fall back to the default; check <paramref name="problems"/>.</returns>
    public static PluginParameters Validate(
        IEnumerable<ParameterInput> given,
        IReadOnlyList<ParameterDescriptor> descriptors,
        string owner,
        ICollection<ValidationError> problems)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(descriptors);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(problems);

        var byName = descriptors.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var names = descriptors.Select(d => d.Name).ToList();
        var effective = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var input in given)
        {
            if (!seen.Add(input.Name))
            {
                problems.Add(new ValidationError(
                    $"Parameter '{input.Name}' of {owner} is given more than once.",
                    input.Location,
                    "Keep one value."));
                continue;
            }

            if (!byName.TryGetValue(input.Name, out var descriptor))
            {
                var fix = names.Count == 0
                    ? $"Remove it: {owner} takes no parameters."
                    : NameSuggester.Fix(input.Name, names, "It takes");
                problems.Add(new ValidationError($"Unknown parameter '{input.Name}' for {owner}.", input.Location, fix));
                continue;
            }

            var normalized = ParameterValueParser.Normalize(descriptor, input.Text, out var problem, out var valueFix);
            if (normalized is null)
            {
                problems.Add(new ValidationError($"Parameter '{input.Name}' of {owner} {problem}.", input.Location, valueFix));
                continue;
            }

            effective[input.Name] = normalized;
        }

        foreach (var descriptor in descriptors)
        {
            if (!effective.ContainsKey(descriptor.Name))
            {
                effective[descriptor.Name] = ParameterValueParser.NormalizeDefault(descriptor);
            }
        }

        // Descriptor order, so the recorded parameters read the same whatever order the user wrote.
        return new PluginParameters(descriptors.Select(d => new KeyValuePair<string, string>(d.Name, effective[d.Name])));
    }

    /// <summary><see cref="ParseAssignments"/> then <see cref="Validate"/>: the CLI's <c>--param k=v</c> in one call.</summary>
    /// <param name="assignments">The <c>name=value</c> strings as typed.</param>
    /// <param name="descriptors">What the plugin accepts.</param>
    /// <param name="owner">Who the parameters are for, used in messages.</param>
    /// <param name="location">Where the strings came from, e.g. <c>new SourceLocation("--param")</c>.</param>
    /// <param name="problems">Receives every problem.</param>
    /// <returns>The effective parameters (given values plus defaults).</returns>
    public static PluginParameters ValidateAssignments(
        IEnumerable<string> assignments,
        IReadOnlyList<ParameterDescriptor> descriptors,
        string owner,
        SourceLocation location,
        ICollection<ValidationError> problems) =>
        Validate(ParseAssignments(assignments, location, problems), descriptors, owner, problems);

    /// <summary>Parses <c>name=value</c> strings (the CLI's <c>--param</c>), splitting at the first <c>=</c>.</summary>
    /// <param name="assignments">The strings as typed.</param>
    /// <param name="location">Where they came from, e.g. <c>new SourceLocation("--param")</c>; used for every input and error.</param>
    /// <param name="problems">Receives one error per string without a name or an <c>=</c>.</param>
    /// <returns>The well-formed assignments, in order, ready for <see cref="Validate"/>.</returns>
    public static IReadOnlyList<ParameterInput> ParseAssignments(
        IEnumerable<string> assignments,
        SourceLocation location,
        ICollection<ValidationError> problems)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(problems);

        var inputs = new List<ParameterInput>();
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? string.Empty : assignment[..equals].Trim();
            if (equals < 0 || name.Length == 0)
            {
                problems.Add(new ValidationError(
                    $"Expected a parameter as name=value, got '{assignment}'.",
                    location,
                    "Write it as name=value, e.g. k=5."));
                continue;
            }

            inputs.Add(new ParameterInput(name, assignment[(equals + 1)..].Trim(), location));
        }

        return inputs;
    }
}
