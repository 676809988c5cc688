using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Faulty;

/// <summary>Constructs fine but cannot describe itself (so it has no id either: v2 factories take theirs from Describe()).</summary>
public sealed class ThrowingDescribeModelFactory : IModelFactory
{
    public ModelDescriptor Describe() => throw new InvalidOperationException("boom from Describe");

    public IModel Create(ModelContext context) => throw new InvalidOperationException("never reached");
}
