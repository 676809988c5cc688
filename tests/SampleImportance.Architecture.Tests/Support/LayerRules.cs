namespace SampleImportance.Architecture.Tests.Support;

/// <summary>
/// The allowed assembly graph: each of our assemblies and the assemblies of ours it may reference. Lower layers
/// first. An assembly need not use every edge it is allowed; it may use no other.
/// </summary>
internal static class LayerRules
{
    public const string Abstractions = "SampleImportance.Abstractions";
    public const string Sdk = "SampleImportance.Sdk";
    public const string Validation = "SampleImportance.Validation";
    public const string Hosting = "SampleImportance.Hosting";
    public const string Kernels = "SampleImportance.Kernels";
    public const string Data = "SampleImportance.Data";
    public const string Evaluation = "SampleImportance.Evaluation";
    public const string Timing = "SampleImportance.Timing";
    public const string Suites = "SampleImportance.Suites";
    public const string Engine = "SampleImportance.Engine";
    public const string Reporting = "SampleImportance.Reporting";
    public const string Conformance = "SampleImportance.Conformance";

    /// <summary>Plugins may reference only these of ours: the contract and the plugin SDK, both shared by the host.</summary>
    public static IReadOnlySet<string> PluginAllowed { get; } = new HashSet<string>(StringComparer.Ordinal) { Abstractions, Sdk };

    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Allowed { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [Abstractions] = Set(),

        // The SDK sits beside the contract: plugins build on it, so it may know nothing of the host.
        [Sdk] = Set(Abstractions),
        [Validation] = Set(Abstractions),

        // Hosting shares the contract and the SDK with every plugin's load context.
        [Hosting] = Set(Abstractions, Sdk),
        [Kernels] = Set(Abstractions),
        [Data] = Set(Abstractions, Validation),
        [Evaluation] = Set(Abstractions, Data),
        [Timing] = Set(Abstractions),
        [Suites] = Set(Abstractions, Validation, Data, Evaluation, Hosting),
        [Engine] = Set(Abstractions, Validation, Data, Evaluation, Timing, Hosting, Suites),
        [Reporting] = Set(Abstractions, Validation, Data, Evaluation, Timing, Hosting, Suites, Engine),

        // The conformance kit is referenced by plugin authors' test projects, beside their plugin: the contract only.
        [Conformance] = Set(Abstractions),
    };

    /// <summary>Every reference of ours that <paramref name="references"/> makes and <see cref="Allowed"/> does not permit, as "from -> to".</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyDictionary<string, IReadOnlySet<string>> references)
    {
        var violations = new List<string>();
        foreach (var (from, targets) in references.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!Allowed.TryGetValue(from, out var allowed))
            {
                violations.Add($"{from} has no layer rule");
                continue;
            }

            violations.AddRange(targets
                .Where(t => IsOurs(t) && t != from && !allowed.Contains(t))
                .Order(StringComparer.Ordinal)
                .Select(t => $"{from} -> {t}"));
        }

        return violations;
    }

    public static bool IsOurs(string assemblyOrNamespace) =>
        assemblyOrNamespace == "SampleImportance" || assemblyOrNamespace.StartsWith("SampleImportance.", StringComparison.Ordinal);

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
