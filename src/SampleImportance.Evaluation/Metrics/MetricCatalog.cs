using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// The metrics a run can build utilities from: the built-in ones plus any a plugin ships. Suite validation, the
/// utility, the score command and listings all ask this one place. A metric that takes a cutoff is written
/// <c>name@k</c> (e.g. <c>ndcg@10</c>), as in LightGBM and TREC tooling; some take it optionally (<c>ndcg</c> is the
/// whole list), some only make sense with one (<c>recall@10</c>).
/// </summary>
public sealed class MetricCatalog
{
    private readonly Dictionary<string, Func<int?, IMetric>> _factories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takesCutoff = new(StringComparer.Ordinal);
    private readonly HashSet<string> _needsCutoff = new(StringComparer.Ordinal);

    /// <summary>A catalog holding the built-in metrics.</summary>
    public static MetricCatalog CreateDefault() => new MetricCatalog()
        .Add(static () => new AccuracyMetric())
        .Add(static () => new AucMetric())
        .Add(static () => new LogLikelihoodMetric())
        .Add(static () => new LabelLikelihoodMetric())
        .Add(static () => new MeanSquaredErrorMetric())
        .AddWithCutoff(BuiltInMetricNames.Ndcg, static k => new NdcgMetric(k))
        .Add(static () => new MrrMetric())
        .AddWithCutoff(BuiltInMetricNames.Map, static k => new MapMetric(k))
        .AddWithRequiredCutoff(BuiltInMetricNames.Recall, static k => new RecallMetric(k))
        .AddWithRequiredCutoff(BuiltInMetricNames.Precision, static k => new PrecisionMetric(k))
        .AddWithCutoff(BuiltInMetricNames.IpwDcg, static k => new IpwDcgMetric(k))
        .AddWithCutoff(BuiltInMetricNames.IpwNdcg, static k => new IpwNdcgMetric(k))
        .Add(static () => new IpwMrrMetric());

    /// <summary>Every registered metric, cutoff metrics shown as <c>name@k</c>, ordinal order.</summary>
    public IReadOnlyList<string> Names => _factories.Keys
        .Select(Listed)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The descriptor of every registered metric, in the order of <see cref="Names"/> and named as there (<c>ndcg@k</c>):
    /// description, direction, whether it needs groups and what it reads, for listings such as <c>plugins list</c>.
    /// </summary>
    public IReadOnlyList<MetricDescriptor> Descriptors => _factories
        .Select(entry => entry.Value(_needsCutoff.Contains(entry.Key) ? 1 : null).Describe() with { Name = Listed(entry.Key) })
        .OrderBy(descriptor => descriptor.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Registers a metric without a cutoff under its descriptor's name.</summary>
    /// <param name="create">Creates an instance.</param>
    /// <exception cref="ArgumentException">The name is taken.</exception>
    public MetricCatalog Add(Func<IMetric> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var name = create().Describe().Name;
        if (!_factories.TryAdd(name, _ => create()))
        {
            throw new ArgumentException($"A metric named '{name}' is already registered.", nameof(create));
        }

        return this;
    }

    /// <summary>Registers a metric that takes an optional cutoff, written <c>name</c> or <c>name@k</c>.</summary>
    /// <param name="name">Base name, e.g. <c>ndcg</c>.</param>
    /// <param name="create">Creates an instance for a cutoff (null: none).</param>
    /// <exception cref="ArgumentException">The name is taken.</exception>
    public MetricCatalog AddWithCutoff(string name, Func<int?, IMetric> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(create);
        if (!_factories.TryAdd(name, create))
        {
            throw new ArgumentException($"A metric named '{name}' is already registered.", nameof(name));
        }

        _takesCutoff.Add(name);
        return this;
    }

    /// <summary>Registers a metric that is only defined at a cutoff, written <c>name@k</c> (e.g. <c>recall@10</c>).</summary>
    /// <param name="name">Base name, e.g. <c>recall</c>.</param>
    /// <param name="create">Creates an instance for a cutoff.</param>
    /// <exception cref="ArgumentException">The name is taken.</exception>
    public MetricCatalog AddWithRequiredCutoff(string name, Func<int, IMetric> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        AddWithCutoff(name, k => create(k ?? throw new InvalidOperationException($"Metric '{name}' needs a cutoff.")));
        _needsCutoff.Add(name);
        return this;
    }

    /// <summary>Creates the metric a name denotes, or explains why it cannot.</summary>
    /// <param name="name">A registered name, or <c>name@k</c> for a cutoff metric.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="problem">What is wrong with the name, and the accepted names.</param>
    public bool TryCreate(string name, [NotNullWhen(true)] out IMetric? metric, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(name);
        metric = null;
        var at = name.IndexOf('@', StringComparison.Ordinal);
        var baseName = at < 0 ? name : name[..at];
        if (!_factories.TryGetValue(baseName, out var factory))
        {
            problem = $"Unknown metric '{name}'; known: {string.Join(", ", Names)}.";
            return false;
        }

        int? cutoff = null;
        if (at < 0 && _needsCutoff.Contains(baseName))
        {
            problem = $"Metric '{baseName}' needs a cutoff; write e.g. '{baseName}@10'.";
            return false;
        }

        if (at >= 0)
        {
            if (!_takesCutoff.Contains(baseName))
            {
                problem = $"Metric '{baseName}' takes no cutoff; write '{baseName}'.";
                return false;
            }

            if (!int.TryParse(name.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k < 1)
            {
                problem = $"The cutoff in '{name}' must be a whole number of at least 1, e.g. '{baseName}@10'.";
                return false;
            }

            cutoff = k;
        }

        metric = factory(cutoff);
        problem = null;
        return true;
    }

    private string Listed(string name) => _takesCutoff.Contains(name) ? name + "@k" : name;
}
