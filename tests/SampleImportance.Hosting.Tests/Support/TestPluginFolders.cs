namespace SampleImportance.Hosting.Tests;

/// <summary>Where the build copied the dummy plugins (tests/TestPlugins/TestPlugins.targets).</summary>
internal static class TestPluginFolders
{
    public const string Valid = "SampleImportance.TestPlugins.Valid";
    public const string Throwing = "SampleImportance.TestPlugins.Throwing";
    public const string Hanging = "SampleImportance.TestPlugins.Hanging";
    public const string WrongContract = "SampleImportance.TestPlugins.WrongContract";
    public const string WithDuplicateId = "SampleImportance.TestPlugins.WithDuplicateId";
    public const string Faulty = "SampleImportance.TestPlugins.Faulty";

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "testplugins");

    /// <summary>The built-in plugins as the CLI ships them, one folder each (see the .csproj).</summary>
    public static string BuiltInRoot { get; } = Path.Combine(AppContext.BaseDirectory, "builtinplugins");

    /// <summary>The checked-in contract-v1 plugin (tests/Fixtures/ContractV1), copied beside the tests.</summary>
    public static string ContractV1Fixture { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures", "ContractV1");

    /// <summary>The main DLL of <see cref="ContractV1Fixture"/>: the samples/ estimator as built against contract 1.</summary>
    public const string ContractV1Plugin = "SampleImportance.Samples.NeighbourAgreement";

    /// <summary>The folder holding one plugin, e.g. testplugins/SampleImportance.TestPlugins.Valid.</summary>
    public static string Folder(string name) => Path.Combine(Root, name);

    /// <summary>The plugin's main DLL.</summary>
    public static string Dll(string name) => Path.Combine(Root, name, name + ".dll");

    /// <summary>Options that search only <paramref name="directories"/>: no built-in folder, no environment.</summary>
    public static PluginHostOptions OnlyDirectories(params string[] directories)
    {
        var options = new PluginHostOptions { BuiltInDirectory = null, EnvironmentVariable = null };
        foreach (var directory in directories)
        {
            options.AdditionalDirectories.Add(directory);
        }

        return options;
    }
}
