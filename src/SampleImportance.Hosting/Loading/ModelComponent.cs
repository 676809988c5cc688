using SampleImportance.Abstractions;

namespace SampleImportance.Hosting;

/// <summary>A model factory: created once at load (factories are stateless; models are created per use).</summary>
internal sealed record ModelComponent(string Id, string File, string TypeName, ModelDescriptor Descriptor, IModelFactory Factory)
    : PluginComponent(Id, File, TypeName);
