namespace SampleImportance.Abstractions;

/// <summary>The version of the plugin contract this assembly defines.</summary>
public static class PluginContract
{
    /// <summary>
    /// The contract version. A plugin compiled against this assembly bakes the value into its
    /// <see cref="SampleImportancePluginAttribute"/> (a constant is inlined at compile time), so the
    /// host can refuse a plugin built against another major version.
    /// </summary>
    public const int Version = 2;
}
