using SampleImportance.Architecture.Tests.Support;

namespace SampleImportance.Architecture.Tests;

public sealed class CycleFinderTests
{
    private static Dictionary<string, IReadOnlySet<string>> Graph(params (string From, string To)[] edges) =>
        edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(e => e.To).ToHashSet(), StringComparer.Ordinal);

    [Fact]
    public void A_layered_graph_has_no_cycle()
    {
        Assert.Empty(CycleFinder.Cycles(Graph(("Engine", "Suites"), ("Suites", "Data"), ("Engine", "Data"), ("Data", "Data"))));
    }

    [Fact]
    public void A_deliberately_bad_edge_is_found()
    {
        // Results -> Gates -> Results: the cycle this repository used to have.
        var cycles = CycleFinder.Cycles(Graph(("Results", "Gates"), ("Gates", "Results"), ("Gates", "Reports"), ("Reports", "Results")));

        var cycle = Assert.Single(cycles);
        Assert.Equal(["Gates", "Reports", "Results"], cycle);
    }

    [Fact]
    public void Separate_cycles_are_reported_separately()
    {
        var cycles = CycleFinder.Cycles(Graph(("A", "B"), ("B", "A"), ("C", "D"), ("D", "E"), ("E", "C"), ("B", "C")));

        Assert.Equal(2, cycles.Count);
        Assert.Equal(["A", "B"], cycles[0]);
        Assert.Equal(["C", "D", "E"], cycles[1]);
    }
}
