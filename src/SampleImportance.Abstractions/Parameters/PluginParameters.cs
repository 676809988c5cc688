using System.Collections.ObjectModel;
using System.Globalization;

namespace SampleImportance.Abstractions;

/// <summary>Immutable name → invariant-text parameter values with typed readers.</summary>
public sealed class PluginParameters
{
    private readonly ReadOnlyDictionary<string, string> _values;

    /// <summary>Creates a parameter set (names are case-sensitive).</summary>
    /// <param name="values">Values as invariant text.</param>
    public PluginParameters(IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new ReadOnlyDictionary<string, string>(values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>No parameters.</summary>
    public static PluginParameters Empty { get; } = new([]);

    /// <summary>These values with every absent parameter of <paramref name="descriptors"/> set to its default: the effective parameters.</summary>
    /// <param name="descriptors">The plugin's parameters.</param>
    public PluginParameters WithDefaults(IEnumerable<ParameterDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        var values = new Dictionary<string, string>(_values, StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            values.TryAdd(descriptor.Name, descriptor.Default);
        }

        return new PluginParameters(values);
    }

    /// <summary>All values by name.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The text of a parameter, or <paramref name="fallback"/> when absent.</summary>
    /// <param name="name">Parameter name.</param>
    /// <param name="fallback">Value when absent.</param>
    public string GetString(string name, string fallback) => _values.TryGetValue(name, out var v) ? v : fallback;

    /// <summary>An integer parameter, or <paramref name="fallback"/> when absent.</summary>
    /// <param name="name">Parameter name.</param>
    /// <param name="fallback">Value when absent.</param>
    /// <exception cref="FormatException">The value is not an integer.</exception>
    public int GetInt32(string name, int fallback) =>
        _values.TryGetValue(name, out var v) ? int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

    /// <summary>A number parameter, or <paramref name="fallback"/> when absent.</summary>
    /// <param name="name">Parameter name.</param>
    /// <param name="fallback">Value when absent.</param>
    /// <exception cref="FormatException">The value is not a number.</exception>
    public double GetDouble(string name, double fallback) =>
        _values.TryGetValue(name, out var v) ? double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;

    /// <summary>A Boolean parameter, or <paramref name="fallback"/> when absent.</summary>
    /// <param name="name">Parameter name.</param>
    /// <param name="fallback">Value when absent.</param>
    /// <exception cref="FormatException">The value is not <c>true</c> or <c>false</c>.</exception>
    public bool GetBoolean(string name, bool fallback) =>
        _values.TryGetValue(name, out var v) ? bool.Parse(v) : fallback;
}
