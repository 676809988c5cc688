namespace SampleImportance.Hosting.Tests;

public sealed class PluginHostOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new PluginHostOptions();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "plugins"), options.BuiltInDirectory);
        Assert.Empty(options.AdditionalDirectories);
        Assert.Equal("SAMPLEIMPORTANCE_PLUGIN_PATH", options.EnvironmentVariable);
        Assert.Null(options.WorkingDirectory);
        Assert.Equal(Environment.GetEnvironmentVariable("PATH"), options.GetEnvironmentVariable("PATH"));
    }

    [Fact]
    public void AdditionalDirectories_CanBeAssignedWhole()
    {
        var options = new PluginHostOptions { BuiltInDirectory = null, EnvironmentVariable = null, AdditionalDirectories = [TestPluginFolders.Folder(TestPluginFolders.Valid)] };

        using var catalog = PluginCatalog.Load(options);

        Assert.Equal(["test-constant"], catalog.Estimators.Select(e => e.Id));
    }

    [Fact]
    public void MissingBuiltInDirectory_IsReportedAsAProblem()
    {
        var missing = Path.Combine(Path.GetTempPath(), "si-no-such-dir-" + Guid.NewGuid().ToString("N"));
        var options = new PluginHostOptions { BuiltInDirectory = missing, EnvironmentVariable = null };

        using var catalog = PluginCatalog.Load(options);

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(missing, problem.File);
        Assert.Contains("built-in", problem.Message, StringComparison.Ordinal);
        Assert.Empty(catalog.Plugins);
    }
}
