using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>A model factory that hides <see cref="ModelCapabilities.WarmStart"/>, so estimators take the cold path: the reference warm results are checked against.</summary>
internal sealed class WithoutWarmStart(IModelFactory inner) : IModelFactory
{
    public ModelDescriptor Describe()
    {
        var descriptor = inner.Describe();
        return descriptor with { Capabilities = descriptor.Capabilities & ~ModelCapabilities.WarmStart };
    }

    public IModel Create(ModelContext context) => inner.Create(context);
}
