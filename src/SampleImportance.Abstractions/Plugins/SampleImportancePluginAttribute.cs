namespace SampleImportance.Abstractions;

/// <summary>
/// Marks an assembly as a SampleImportance plugin. The host loads only assemblies carrying it and
/// refuses those whose <see cref="ContractVersion"/> differs from <see cref="PluginContract.Version"/>.
/// </summary>
/// <example><c>[assembly: SampleImportancePlugin(PluginContract.Version)]</c></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class SampleImportancePluginAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="contractVersion">Pass <see cref="PluginContract.Version"/>; it is compiled into the plugin.</param>
    public SampleImportancePluginAttribute(int contractVersion) => ContractVersion = contractVersion;

    /// <summary>The contract version the plugin was compiled against.</summary>
    public int ContractVersion { get; }
}
