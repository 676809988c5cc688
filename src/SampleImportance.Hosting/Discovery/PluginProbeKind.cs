namespace SampleImportance.Hosting;

/// <summary>The outcome of probing a DLL.</summary>
internal enum PluginProbeKind
{
    /// <summary>A managed assembly without the plugin marker, or a native library: a dependency, skipped.</summary>
    NotPlugin,

    /// <summary>A managed assembly carrying <c>[assembly: SampleImportancePlugin(version)]</c>.</summary>
    Plugin,

    /// <summary>Not a readable PE file or .NET assembly (corrupt, truncated), or a malformed marker.</summary>
    Invalid,
}
