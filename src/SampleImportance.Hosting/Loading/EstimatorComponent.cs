using System.Globalization;
using System.Reflection;
using McMaster.NETCore.Plugins;
using SampleImportance.Abstractions;

namespace SampleImportance.Hosting;

/// <summary>An estimator type: its descriptor, and how to make a fresh instance.</summary>
internal sealed record EstimatorComponent(string Id, string File, string TypeName, EstimatorDescriptor Descriptor, ConstructorInfo Constructor, PluginLoader Loader)
    : PluginComponent(Id, File, TypeName)
{
    /// <summary>A new instance; the constructor's own exception propagates unwrapped.</summary>
    public IEstimator CreateInstance()
    {
        // Inside the plugin's scope, so reflection the constructor does resolves against the plugin's context.
        using var scope = Loader.EnterContextualReflection();
        return (IEstimator)Constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, CultureInfo.InvariantCulture);
    }
}
