using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Shared;

/// <summary>
/// Reads plugin parameters against their descriptors. The host validates before a run; this repeats the
/// check so a model or estimator created directly (tests, samples) cannot run with an out-of-range value, and it
/// reports every violation at once.
/// </summary>
internal sealed class ParameterReader
{
    private readonly PluginParameters _parameters;
    private readonly IReadOnlyList<ParameterDescriptor> _descriptors;
    private readonly List<string> _problems = [];

    public ParameterReader(PluginParameters parameters, IReadOnlyList<ParameterDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters;
        _descriptors = descriptors;
        foreach (var name in parameters.Values.Keys)
        {
            if (!descriptors.Any(d => d.Name == name))
            {
                _problems.Add($"unknown parameter '{name}'");
            }
        }
    }

    public int Int32(string name) => (int)Read(name, ParameterKind.Integer);

    public double Number(string name) => Read(name, ParameterKind.Number);

    /// <summary>Throws one exception naming every problem found by the reads so far.</summary>
    public void ThrowIfInvalid()
    {
        if (_problems.Count > 0)
        {
            throw new ArgumentException("Invalid parameters: " + string.Join("; ", _problems) + ".");
        }
    }

    private double Read(string name, ParameterKind kind)
    {
        var descriptor = _descriptors.Single(d => d.Name == name);
        var text = _parameters.GetString(name, descriptor.Default);
        var style = kind == ParameterKind.Integer ? NumberStyles.Integer : NumberStyles.Float;
        if (!double.TryParse(text, style, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value))
        {
            _problems.Add($"'{name}' = '{text}' is not {(kind == ParameterKind.Integer ? "an integer" : "a number")}");
            return double.Parse(descriptor.Default, CultureInfo.InvariantCulture);
        }

        if (descriptor.Minimum is { } min && value < min)
        {
            _problems.Add($"'{name}' = {text} is below the minimum {min.ToString(CultureInfo.InvariantCulture)}");
        }

        if (descriptor.Maximum is { } max && value > max)
        {
            _problems.Add($"'{name}' = {text} is above the maximum {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }
}
