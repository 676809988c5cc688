using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Validation;
using SampleImportance.Validation.Parameters;

namespace SampleImportance.Data.Corruptions;

/// <summary>
/// The corruptions a suite may name: the one place suite validation, the loader and listings learn corruption kinds,
/// parameters and the labels each applies to. Adding a corruption is a folder under <c>Corruptions/</c> and one
/// <see cref="Add"/> line in <see cref="CreateDefault"/>. Built-in corruptions share this namespace (their folders group
/// files only) so that this catalog can register them without a namespace cycle.
/// </summary>
public sealed class CorruptionCatalog
{
    private readonly List<(ICorruption Corruption, CorruptionDescriptor Descriptor)> _corruptions = [];

    /// <summary>A catalog holding the built-in corruptions.</summary>
    public static CorruptionCatalog CreateDefault() => new CorruptionCatalog()
        .Add(new LabelFlipCorruption())
        .Add(new FakeClicksCorruption())
        .Add(new BotClicksCorruption())
        .Add(new ClickbaitCorruption())
        .Add(new UnsatisfiedClicksCorruption())
        .Add(new TrustBiasClicksCorruption())
        .Add(new BotSessionsCorruption())
        .Add(new BotUsersCorruption());

    /// <summary>Corruption names in registration order.</summary>
    public IReadOnlyList<string> Names => _corruptions.Select(c => c.Descriptor.Name).ToList();

    /// <summary>Every corruption's description, in registration order.</summary>
    public IReadOnlyList<CorruptionDescriptor> Descriptors => _corruptions.Select(c => c.Descriptor).ToList();

    /// <summary>Registers a corruption under its descriptor's name.</summary>
    /// <exception cref="ArgumentException">The name is taken.</exception>
    public CorruptionCatalog Add(ICorruption corruption)
    {
        ArgumentNullException.ThrowIfNull(corruption);
        var descriptor = corruption.Describe();
        ArgumentException.ThrowIfNullOrWhiteSpace(descriptor.Name, nameof(corruption));
        if (_corruptions.Any(c => c.Descriptor.Name == descriptor.Name))
        {
            throw new ArgumentException($"A corruption named '{descriptor.Name}' is already registered.", nameof(corruption));
        }

        _corruptions.Add((corruption, descriptor));
        return this;
    }

    /// <summary>The corruption registered under <paramref name="name"/>.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out ICorruption? corruption)
    {
        corruption = _corruptions.Find(c => c.Descriptor.Name == name).Corruption;
        return corruption is not null;
    }

    /// <summary>The description of the corruption named <paramref name="name"/>, or null.</summary>
    public CorruptionDescriptor? Describe(string name) => _corruptions.Find(c => c.Descriptor.Name == name).Descriptor;

    /// <summary>The corruption a request names with its effective parameters, after checking kind, rate and parameters together.</summary>
    /// <exception cref="InputException">Every problem found, each pointing at <paramref name="where"/>.</exception>
    public (ICorruption Corruption, PluginParameters Parameters) Resolve(CorruptionRequest request, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<ValidationError>();
        if (!TryGet(request.Kind, out var corruption))
        {
            errors.Add(new ValidationError($"Unknown corruption kind '{request.Kind}'.", where, NameSuggester.Fix(request.Kind, Names, "Kinds")));
        }

        if (!(request.Rate > 0 && request.Rate < 1))
        {
            errors.Add(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"Corruption rate {request.Rate} is outside (0, 1)."),
                where,
                "Use a fraction of training rows such as 0.1."));
        }

        var parameters = corruption is null
            ? PluginParameters.Empty
            : ParameterValidator.Validate(
                request.Parameters.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ParameterInput(p.Key, p.Value, where)),
                corruption.Describe().Parameters,
                $"corruption '{request.Kind}'",
                errors);
        return errors.Count > 0 ? throw new InputException(errors) : (corruption!, parameters);
    }
}
