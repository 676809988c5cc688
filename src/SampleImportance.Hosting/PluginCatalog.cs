using McMaster.NETCore.Plugins;
using SampleImportance.Abstractions;

namespace SampleImportance.Hosting;

/// <summary>
/// The estimators and models found in plugin DLLs on disk. Each plugin assembly is loaded into its own
/// load context that shares the contract types with the host; anything that cannot be used is listed in
/// <see cref="Problems"/> and the rest load regardless.
/// </summary>
public sealed class PluginCatalog : IPluginCatalog, IDisposable
{
    private readonly Dictionary<string, EstimatorComponent> _estimators;
    private readonly Dictionary<string, ModelComponent> _models;
    private readonly IReadOnlyList<PluginLoader> _loaders;
    private bool _disposed;

    internal PluginCatalog(
        IReadOnlyList<string> directories,
        IReadOnlyList<PluginInfo> plugins,
        Dictionary<string, EstimatorComponent> estimators,
        Dictionary<string, ModelComponent> models,
        IReadOnlyList<PluginLoader> loaders,
        IReadOnlyList<PluginLoadProblem> problems)
    {
        Directories = directories;
        Plugins = plugins;
        _estimators = estimators;
        _models = models;
        _loaders = loaders;
        Problems = problems;
        Estimators = [.. estimators.Values.Select(e => e.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal)];
        Models = [.. models.Values.Select(m => m.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>The existing directories that were scanned, absolute, in search order.</summary>
    public IReadOnlyList<string> Directories { get; }

    /// <summary>Every file, type or directory that could not be used, in discovery order.</summary>
    public IReadOnlyList<PluginLoadProblem> Problems { get; }

    /// <summary>Loaded plugin assemblies in search order (directory order, then path order within a directory).</summary>
    public IReadOnlyList<PluginInfo> Plugins { get; }

    /// <summary>Descriptors of every usable estimator, sorted by id.</summary>
    public IReadOnlyList<EstimatorDescriptor> Estimators { get; }

    /// <summary>Descriptors of every usable model, sorted by id.</summary>
    public IReadOnlyList<ModelDescriptor> Models { get; }

    /// <summary>Scans the directories in <paramref name="options"/> and loads every plugin found. Never throws for a bad plugin.</summary>
    /// <param name="options">Where to look.</param>
    public static PluginCatalog Load(PluginHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PluginCatalogBuilder.Build(options);
    }

    /// <inheritdoc />
    public IEstimator CreateEstimator(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _estimators.TryGetValue(id, out var estimator)
            ? estimator.CreateInstance()
            : throw new KeyNotFoundException(Unknown("estimator", id, _estimators.Keys));
    }

    /// <inheritdoc />
    public IModelFactory GetModelFactory(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _models.TryGetValue(id, out var model)
            ? model.Factory
            : throw new KeyNotFoundException(Unknown("model", id, _models.Keys));
    }

    /// <summary>Releases the plugin loaders. Plugin objects already handed out must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var loader in _loaders)
        {
            loader.Dispose();
        }
    }

    private static string Unknown(string kind, string id, IEnumerable<string> available)
    {
        var ids = available.Order(StringComparer.Ordinal).ToArray();
        return $"No {kind} has id '{id}'. Available: {(ids.Length == 0 ? "(none)" : string.Join(", ", ids))}.";
    }
}
