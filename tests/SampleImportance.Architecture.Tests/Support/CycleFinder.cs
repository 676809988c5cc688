namespace SampleImportance.Architecture.Tests.Support;

/// <summary>Finds the cycles of a directed graph: its strongly connected components with more than one node (Tarjan).</summary>
internal static class CycleFinder
{
    /// <summary>Each cycle as its nodes in ordinal order; cycles ordered by their first node. Self-edges are ignored.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<string, IReadOnlySet<string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        var next = 0;

        IEnumerable<string> Successors(string node) =>
            edges.TryGetValue(node, out var targets) ? targets.Where(t => t != node).Order(StringComparer.Ordinal) : [];

        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var target in Successors(node))
            {
                if (!index.ContainsKey(target))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[node] = Math.Min(low[node], index[target]);
                }
            }

            if (low[node] != index[node])
            {
                return;
            }

            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);

            if (component.Count > 1)
            {
                cycles.Add(component.Order(StringComparer.Ordinal).ToList());
            }
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles.OrderBy(c => c[0], StringComparer.Ordinal).ToList();
    }
}
