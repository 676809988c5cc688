using SampleImportance.Abstractions;
using static SampleImportance.Hosting.Tests.TestPluginFolders;

namespace SampleImportance.Hosting.Tests;

public sealed class PluginMetadataProbeTests
{
    [Fact]
    public void Probe_PluginDll_ReadsTheContractVersionFromMetadata()
    {
        Assert.Equal(new PluginProbe(PluginProbeKind.Plugin, PluginContract.Version), PluginMetadataProbe.Probe(Dll(Valid)));
        Assert.Equal(new PluginProbe(PluginProbeKind.Plugin, 99), PluginMetadataProbe.Probe(Dll(WrongContract)));
        Assert.Equal(new PluginProbe(PluginProbeKind.Plugin, 1), PluginMetadataProbe.Probe(Path.Combine(ContractV1Fixture, ContractV1Plugin + ".dll")));
    }

    [Fact]
    public void Probe_ManagedDllWithoutTheMarker_IsNotAPlugin()
    {
        Assert.Equal(PluginProbeKind.NotPlugin, PluginMetadataProbe.Probe(typeof(IEstimator).Assembly.Location).Kind);
        Assert.Equal(PluginProbeKind.NotPlugin, PluginMetadataProbe.Probe(typeof(FactAttribute).Assembly.Location).Kind);
    }

    [Fact]
    public void Probe_RandomBytes_IsInvalidWithAReason()
    {
        using var temp = new TempPluginDirectory();
        var bytes = new byte[1024];
        new Random(7).NextBytes(bytes);

        var probe = PluginMetadataProbe.Probe(temp.Write("Random.dll", bytes));

        Assert.Equal(PluginProbeKind.Invalid, probe.Kind);
        Assert.False(string.IsNullOrWhiteSpace(probe.Error));
    }
}
