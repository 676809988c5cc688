using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Faulty;

/// <summary>Constructs fine but cannot describe itself.</summary>
public sealed class ThrowingDescribeModelFactory : IModelFactory
{
    public string Id => "test-faulty-describe";

    public ModelDescriptor Describe() => throw new InvalidOperationException("boom from Describe");

    public IModel Create(PluginParameters parameters) => throw new InvalidOperationException("never reached");
}
