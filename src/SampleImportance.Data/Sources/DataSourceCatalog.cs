using System.Diagnostics.CodeAnalysis;
using SampleImportance.Abstractions;
using SampleImportance.Validation;
using SampleImportance.Validation.Parameters;

namespace SampleImportance.Data.Sources;

/// <summary>
/// The data sources a suite may name: the one place suite validation, the loader and listings learn source names,
/// parameters and label kinds. Adding a source is a folder under <c>Sources/</c> and one <see cref="Add"/> line in
/// <see cref="CreateDefault"/>. Built-in sources share this namespace (their folders group files only) so that this
/// catalog can register them without a namespace cycle.
/// </summary>
public sealed class DataSourceCatalog
{
    private readonly List<(IDataSource Source, DataSourceDescriptor Descriptor)> _sources = [];

    /// <summary>A catalog holding the built-in sources.</summary>
    public static DataSourceCatalog CreateDefault() => new DataSourceCatalog()
        .Add(new TabularSource())
        .Add(new EcommerceSearchSource())
        .Add(new ImplicitFeedbackSource())
        .Add(new CsvSource())
        .Add(new SvmlightSource())
        .Add(new NpySource())
        .Add(new OttoSessionsSource())
        .Add(new EsciSource())
        .Add(new OnlineRetailSource());

    /// <summary>Source names in registration order.</summary>
    public IReadOnlyList<string> Names => _sources.Select(s => s.Descriptor.Name).ToList();

    /// <summary>Every source's description, in registration order.</summary>
    public IReadOnlyList<DataSourceDescriptor> Descriptors => _sources.Select(s => s.Descriptor).ToList();

    /// <summary>Registers a source under its descriptor's name.</summary>
    /// <exception cref="ArgumentException">The name is taken.</exception>
    public DataSourceCatalog Add(IDataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var descriptor = source.Describe();
        ArgumentException.ThrowIfNullOrWhiteSpace(descriptor.Name, nameof(source));
        if (_sources.Any(s => s.Descriptor.Name == descriptor.Name))
        {
            throw new ArgumentException($"A data source named '{descriptor.Name}' is already registered.", nameof(source));
        }

        _sources.Add((source, descriptor));
        return this;
    }

    /// <summary>The source registered under <paramref name="name"/>.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out IDataSource? source)
    {
        source = _sources.Find(s => s.Descriptor.Name == name).Source;
        return source is not null;
    }

    /// <summary>The description of the source named <paramref name="name"/>, or null.</summary>
    public DataSourceDescriptor? Describe(string name) => _sources.Find(s => s.Descriptor.Name == name).Descriptor;

    /// <summary>
    /// The source and its effective parameters, read with the same <see cref="ParameterValidator"/> rules as plugin
    /// parameters (defaults filled in, kinds and ranges checked, every problem reported together). Suites validate
    /// first; this guards direct callers of the loader.
    /// </summary>
    /// <exception cref="InputException">Unknown source or bad parameters.</exception>
    public (IDataSource Source, PluginParameters Parameters) Resolve(string name, PluginParameters given, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(given);
        if (!TryGet(name, out var source))
        {
            throw new InputException(new ValidationError($"Unknown dataset source '{name}'.", where, NameSuggester.Fix(name, Names, "Sources")));
        }

        var errors = new List<ValidationError>();
        var values = ParameterValidator.Validate(
            given.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ParameterInput(p.Key, p.Value, where)),
            source.Describe().Parameters,
            $"source '{name}'",
            errors);
        return errors.Count > 0 ? throw new InputException(errors) : (source, values);
    }
}
