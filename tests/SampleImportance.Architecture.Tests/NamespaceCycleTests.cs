using SampleImportance.Architecture.Tests.Support;

namespace SampleImportance.Architecture.Tests;

/// <summary>No two of our namespaces depend on each other, directly or through others.</summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void Our_namespaces_have_no_cycles()
    {
        var graph = ProductAssemblies.NamespaceGraph();
        var cycles = CycleFinder.Cycles(graph);

        var explained = cycles.Select(cycle => string.Join(", ", cycle) + ":\n    " + string.Join(
            "\n    ",
            cycle.SelectMany(from => graph[from].Where(cycle.Contains).SelectMany(to => ProductAssemblies.Edges(from, to)))));
        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n", explained));
    }

    [Fact]
    public void The_model_sees_the_known_edges()
    {
        // Guards the cycle test against a model that silently sees no dependencies.
        var graph = ProductAssemblies.NamespaceGraph();
        Assert.Contains("SampleImportance.Suites", graph["SampleImportance.Engine.Running"]);
        Assert.Contains("SampleImportance.Engine.Results", graph["SampleImportance.Reporting.Gates"]);
        Assert.Contains("SampleImportance.Validation", graph["SampleImportance.Data"]);
        Assert.Contains("SampleImportance.Abstractions", graph["SampleImportance.Evaluation.Metrics"]);
        Assert.Contains("SampleImportance.Sdk.Sampling", graph["SampleImportance.Sdk.MonteCarlo"]);
    }
}
