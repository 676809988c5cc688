using System.Reflection;
using ArchUnitNET.Loader;

namespace SampleImportance.Architecture.Tests.Support;

/// <summary>Our host assemblies as this test project's references resolve them, and ArchUnitNET's model of their types.</summary>
internal static class ProductAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } = LayerRules.Allowed.Keys
        .Order(StringComparer.Ordinal)
        .Select(name => Assembly.Load(new AssemblyName(name)))
        .ToList();

    /// <summary>Loaded once: building the model reads every type of every assembly.</summary>
    public static ArchUnitNET.Domain.Architecture Architecture { get; } = new ArchLoader().LoadAssemblies([.. All]).Build();

    public static string RepoRoot { get; } = typeof(ProductAssemblies).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>Which of our namespaces each of our namespaces uses (through any type dependency: base types, members, calls, attributes).</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> NamespaceGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in Architecture.Types)
        {
            var from = type.Namespace?.FullName;
            if (from is null || !LayerRules.IsOurs(from))
            {
                continue;
            }

            if (!graph.TryGetValue(from, out var targets))
            {
                targets = new HashSet<string>(StringComparer.Ordinal);
                graph[from] = targets;
            }

            foreach (var dependency in type.Dependencies)
            {
                var to = dependency.Target?.Namespace?.FullName;
                if (to is not null && LayerRules.IsOurs(to) && to != from)
                {
                    targets.Add(to);
                }
            }
        }

        return graph.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>Each namespace's types that depend on a type of <paramref name="target"/> (for failure messages).</summary>
    public static IEnumerable<string> Edges(string from, string target) => Architecture.Types
        .Where(t => t.Namespace?.FullName == from)
        .SelectMany(t => t.Dependencies
            .Where(d => d.Target?.Namespace?.FullName == target)
            .Select(d => $"{t.Name} -> {d.Target.Name}"))
        .Distinct()
        .Take(5);
}
