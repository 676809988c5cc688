using System.Globalization;

namespace SampleImportance.Abstractions;

/// <summary>
/// Binds plugin parameters to a plain options class. Each parameter is declared once with its range; its default is
/// the value a new <typeparamref name="TOptions"/> holds, so every default is written in exactly one place (the
/// options class). <see cref="Descriptors"/> feeds the plugin's descriptor; <see cref="Bind"/> builds the options.
/// </summary>
/// <example><code>
/// public sealed class KnnShapleyOptions { public int K { get; set; } = 5; }
/// static readonly OptionsBinder&lt;KnnShapleyOptions&gt; Binder = new OptionsBinder&lt;KnnShapleyOptions&gt;()
///     .Integer("k", o => o.K, (o, v) => o.K = v, "Neighbours K.", minimum: 1);
/// </code></example>
/// <typeparam name="TOptions">A class with a parameterless constructor whose property initialisers are the defaults.</typeparam>
public sealed class OptionsBinder<TOptions>
    where TOptions : new()
{
    private readonly List<ParameterDescriptor> _descriptors = [];
    private readonly Dictionary<string, Action<TOptions, string>> _setters = new(StringComparer.Ordinal);
    private readonly TOptions _defaults = new();

    /// <summary>The declared parameters, defaults filled in from a new <typeparamref name="TOptions"/>.</summary>
    public IReadOnlyList<ParameterDescriptor> Descriptors => _descriptors;

    /// <summary>Declares an integer parameter.</summary>
    /// <param name="name">Parameter name.</param>
    /// <param name="get">Reads it (for the default).</param>
    /// <param name="set">Writes it.</param>
    /// <param name="description">What it does.</param>
    /// <param name="minimum">Inclusive lower bound, or null.</param>
    /// <param name="maximum">Inclusive upper bound, or null.</param>
    public OptionsBinder<TOptions> Integer(string name, Func<TOptions, int> get, Action<TOptions, int> set, string description, int? minimum = null, int? maximum = null)
    {
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(set);
        return Add(
            new ParameterDescriptor(name, ParameterKind.Integer, get(_defaults).ToString(CultureInfo.InvariantCulture), description, minimum, maximum),
            (o, text) => set(o, int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)));
    }

    /// <summary>Declares a number parameter.</summary>
    /// <param name="name">Parameter name.</param>
    /// <param name="get">Reads it (for the default).</param>
    /// <param name="set">Writes it.</param>
    /// <param name="description">What it does.</param>
    /// <param name="minimum">Inclusive lower bound, or null.</param>
    /// <param name="maximum">Inclusive upper bound, or null.</param>
    public OptionsBinder<TOptions> Number(string name, Func<TOptions, double> get, Action<TOptions, double> set, string description, double? minimum = null, double? maximum = null)
    {
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(set);
        return Add(
            new ParameterDescriptor(name, ParameterKind.Number, get(_defaults).ToString("R", CultureInfo.InvariantCulture), description, minimum, maximum),
            (o, text) => set(o, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)));
    }

    /// <summary>Declares a Boolean parameter.</summary>
    /// <param name="name">Parameter name.</param>
    /// <param name="get">Reads it (for the default).</param>
    /// <param name="set">Writes it.</param>
    /// <param name="description">What it does.</param>
    public OptionsBinder<TOptions> Boolean(string name, Func<TOptions, bool> get, Action<TOptions, bool> set, string description)
    {
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(set);
        return Add(
            new ParameterDescriptor(name, ParameterKind.Boolean, get(_defaults) ? "true" : "false", description),
            (o, text) => set(o, bool.Parse(text)));
    }

    /// <summary>Declares a text parameter.</summary>
    /// <param name="name">Parameter name.</param>
    /// <param name="get">Reads it (for the default).</param>
    /// <param name="set">Writes it.</param>
    /// <param name="description">What it does.</param>
    /// <param name="allowedValues">Accepted values, or null for any text.</param>
    public OptionsBinder<TOptions> Text(string name, Func<TOptions, string> get, Action<TOptions, string> set, string description, IReadOnlyList<string>? allowedValues = null)
    {
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(set);
        return Add(new ParameterDescriptor(name, ParameterKind.Text, get(_defaults), description, AllowedValues: allowedValues), set);
    }

    /// <summary>Problems with <paramref name="parameters"/>: unknown names, unparsable values, values out of range or not allowed.</summary>
    /// <param name="parameters">Values as invariant text.</param>
    public IReadOnlyList<string> Validate(PluginParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = new List<string>();
        foreach (var (name, text) in parameters.Values)
        {
            var descriptor = _descriptors.Find(d => d.Name == name);
            if (descriptor is null)
            {
                problems.Add($"Unknown parameter '{name}'; accepted: {string.Join(", ", _descriptors.Select(d => d.Name))}.");
            }
            else if (ParameterCheck.Problem(descriptor, text) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>Options from the defaults overridden by <paramref name="parameters"/>.</summary>
    /// <param name="parameters">Values as invariant text (the host has already checked them).</param>
    /// <exception cref="ArgumentException">Any parameter is unknown, unparsable or out of range (all are listed).</exception>
    public TOptions Bind(PluginParameters parameters)
    {
        var problems = Validate(parameters);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(parameters));
        }

        var options = new TOptions();
        foreach (var (name, text) in parameters.Values)
        {
            _setters[name](options, text);
        }

        return options;
    }

    private OptionsBinder<TOptions> Add(ParameterDescriptor descriptor, Action<TOptions, string> setter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(descriptor.Name);
        if (!_setters.TryAdd(descriptor.Name, setter))
        {
            throw new ArgumentException($"Parameter '{descriptor.Name}' is declared twice.", nameof(descriptor));
        }

        if (ParameterCheck.Problem(descriptor, descriptor.Default) is { } problem)
        {
            throw new ArgumentException("The default breaks its own range: " + problem, nameof(descriptor));
        }

        _descriptors.Add(descriptor);
        return this;
    }
}
