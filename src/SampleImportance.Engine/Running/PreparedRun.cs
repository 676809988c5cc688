using SampleImportance.Data;
using SampleImportance.Suites;

namespace SampleImportance.Engine.Running;

/// <summary>A plan whose datasets are loaded for every seed: once this exists, no bad input can surface mid-run.</summary>
public sealed class PreparedRun
{
    private readonly IReadOnlyDictionary<(string Dataset, int Seed), DatasetSplit> _splits;

    internal PreparedRun(SuitePlan plan, IReadOnlyDictionary<(string Dataset, int Seed), DatasetSplit> splits)
    {
        Plan = plan;
        _splits = splits;
    }

    public SuitePlan Plan { get; }

    public DatasetSplit Split(string dataset, int seed) => _splits[(dataset, seed)];
}
