using System.Reflection;
using SampleImportance.Abstractions;

namespace SampleImportance.Conformance.Tests.BuiltIn;

/// <summary>Every estimator of the built-in plugin assembly, found by reflection as the host finds them, so a new one is covered without a line here.</summary>
internal static class BuiltInEstimators
{
    public static Assembly Assembly { get; } = typeof(Plugins.Estimators.TmcShapley.TmcShapleyEstimator).Assembly;

    /// <summary>Public concrete <see cref="IEstimator"/> types with a public parameterless constructor, by id.</summary>
    public static IReadOnlyDictionary<string, Func<IEstimator>> ById { get; } = Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEstimator).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (Func<IEstimator>)(() => (IEstimator)Activator.CreateInstance(t)!))
        .ToDictionary(create => create().Describe().Id, StringComparer.Ordinal);
}
