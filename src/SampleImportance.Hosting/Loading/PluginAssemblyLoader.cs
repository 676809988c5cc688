using System.Globalization;
using System.Reflection;
using McMaster.NETCore.Plugins;
using SampleImportance.Abstractions;

namespace SampleImportance.Hosting;

/// <summary>
/// Loads one plugin assembly into its own load context (sharing the contract types with the host) and
/// finds its estimators and model factories. Every failure becomes a problem; nothing escapes.
/// </summary>
internal static class PluginAssemblyLoader
{
    private const string TypeFix = "Give the type a public parameterless constructor, and make the constructor and Describe() succeed without throwing, and give every parameter a default inside its own range.";

    /// <summary>The loaded plugin, or null (with a problem recorded) when the assembly cannot be used at all.</summary>
    public static LoadedPlugin? Load(string path, ICollection<PluginLoadProblem> problems)
    {
        PluginLoader? loader = null;
        try
        {
            loader = PluginLoader.CreateFromAssemblyFile(path, ContractTypes.All, config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            var estimators = new List<EstimatorComponent>();
            var models = new List<ModelComponent>();
            using (loader.EnterContextualReflection())
            {
                foreach (var type in PublicTypes(assembly, path, problems).OrderBy(t => t.FullName, StringComparer.Ordinal))
                {
                    Inspect(type, path, loader, estimators, models, problems);
                }
            }

            return new LoadedPlugin(loader, assembly.GetName().Name ?? Path.GetFileNameWithoutExtension(path), VersionOf(assembly), estimators, models);
        }
        catch (Exception ex)
        {
            loader?.Dispose();
            problems.Add(new PluginLoadProblem(
                path,
                $"The plugin assembly could not be loaded: {Describe(ex)}",
                "Put the plugin's own dependencies beside it (dotnet publish output) and target net10.0 or earlier."));
            return null;
        }
    }

    private static IEnumerable<Type> PublicTypes(Assembly assembly, string path, ICollection<PluginLoadProblem> problems)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            // Keep what did load: one type with a missing dependency should not hide the others.
            var reasons = ex.LoaderExceptions.OfType<Exception>().Select(e => e.Message).Distinct().Take(3);
            problems.Add(new PluginLoadProblem(path, $"Some types could not be loaded: {string.Join(" ", reasons)}", "Put the plugin's own dependencies beside it."));
            types = ex.Types;
        }

        return types.OfType<Type>().Where(t => t.IsVisible && t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters);
    }

    private static void Inspect(Type type, string path, PluginLoader loader, List<EstimatorComponent> estimators, List<ModelComponent> models, ICollection<PluginLoadProblem> problems)
    {
        var isEstimator = typeof(IEstimator).IsAssignableFrom(type);
        var isModel = typeof(IModelFactory).IsAssignableFrom(type);
        if (!isEstimator && !isModel)
        {
            return;
        }

        var typeName = type.FullName ?? type.Name;
        var constructor = type.GetConstructor(Type.EmptyTypes);
        if (constructor is null)
        {
            problems.Add(new PluginLoadProblem(path, $"Type {typeName} has no public parameterless constructor, so it was skipped.", TypeFix));
            return;
        }

        if (isEstimator && ReadComponent<IEstimator, EstimatorDescriptor>(path, typeName, "an estimator", constructor, problems, e => e.Describe(), d => (d.Id, d.Parameters)) is { } estimator)
        {
            // Only the constructor is kept: every CreateEstimator call makes a fresh instance.
            estimators.Add(new EstimatorComponent(estimator.Id, path, typeName, estimator.Descriptor, constructor, loader));
        }

        if (isModel && ReadComponent<IModelFactory, ModelDescriptor>(path, typeName, "a model factory", constructor, problems, f => f.Describe(), d => (d.Id, d.Parameters)) is { } model)
        {
            models.Add(new ModelComponent(model.Id, path, typeName, model.Descriptor, model.Instance));
        }
    }

    /// <summary>
    /// Constructs the type and reads its descriptor; null (with a problem naming the file, the type and the step that
    /// failed) when any step throws or the descriptor is unusable: empty id, repeated parameter names, or a default
    /// that breaks its own range (the host fills defaults in, so a bad one would fail every cell).
    /// </summary>
    private static (string Id, TDescriptor Descriptor, TInstance Instance)? ReadComponent<TInstance, TDescriptor>(
        string path,
        string typeName,
        string role,
        ConstructorInfo constructor,
        ICollection<PluginLoadProblem> problems,
        Func<TInstance, TDescriptor?> describe,
        Func<TDescriptor, (string? Id, IReadOnlyList<ParameterDescriptor>? Parameters)> read)
        where TDescriptor : class
    {
        TInstance instance;
        try
        {
            instance = (TInstance)constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, CultureInfo.InvariantCulture);
        }
        catch (Exception ex)
        {
            problems.Add(new PluginLoadProblem(path, $"Type {typeName} could not be used as {role}: its constructor threw {Describe(ex)}", TypeFix));
            return null;
        }

        TDescriptor? descriptor;
        try
        {
            descriptor = describe(instance);
        }
        catch (Exception ex)
        {
            problems.Add(new PluginLoadProblem(path, $"Type {typeName} could not be used as {role}: Describe() threw {Describe(ex)}", TypeFix));
            return null;
        }

        var (id, parameters) = descriptor is null ? (null, null) : read(descriptor);
        var error = descriptor is null ? "Describe() returned null."
            : string.IsNullOrWhiteSpace(id) ? "its descriptor's Id is empty."
            : DescriptorProblem(parameters ?? []);
        if (error is null)
        {
            return (id!, descriptor!, instance);
        }

        problems.Add(new PluginLoadProblem(path, $"Type {typeName} could not be used as {role}: {error}", TypeFix));
        return null;
    }

    private static string? DescriptorProblem(IReadOnlyList<ParameterDescriptor> parameters)
    {
        var repeated = parameters.GroupBy(p => p?.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            return $"parameter '{repeated.Key}' is declared twice.";
        }

        foreach (var parameter in parameters)
        {
            if (parameter is null || string.IsNullOrWhiteSpace(parameter.Name))
            {
                return "a parameter has no name.";
            }

            if (ParameterCheck.Problem(parameter, parameter.Default ?? string.Empty) is { } problem)
            {
                return "the default of parameter '" + parameter.Name + "' is invalid: " + problem;
            }
        }

        return null;
    }

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
}
