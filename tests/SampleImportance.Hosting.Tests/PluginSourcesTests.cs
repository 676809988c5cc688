using static SampleImportance.Hosting.Tests.TestPluginFolders;

namespace SampleImportance.Hosting.Tests;

public sealed class PluginSourcesTests
{
    [Fact]
    public void EnvironmentVariable_ItsDirectoriesAreSearched_EmptyEntriesIgnored()
    {
        var asked = new List<string>();
        var sep = Path.PathSeparator;
        var options = new PluginHostOptions
        {
            BuiltInDirectory = null,
            GetEnvironmentVariable = name =>
            {
                asked.Add(name);
                return $"{Folder(Valid)}{sep}{sep} {Folder(Throwing)} {sep}";
            },
        };

        using var catalog = PluginCatalog.Load(options);

        Assert.Equal([PluginHostOptions.DefaultEnvironmentVariable], asked);
        Assert.Equal([Folder(Valid), Folder(Throwing)], catalog.Directories);
        Assert.Equal(["test-constant", "test-throwing"], catalog.Estimators.Select(e => e.Id));
        Assert.Empty(catalog.Problems);
    }

    [Fact]
    public void EnvironmentVariable_Null_IsNotRead()
    {
        var options = new PluginHostOptions
        {
            BuiltInDirectory = Folder(Valid),
            EnvironmentVariable = null,
            GetEnvironmentVariable = name => throw new InvalidOperationException("must not be read"),
        };

        using var catalog = PluginCatalog.Load(options);

        Assert.Equal(["test-constant"], catalog.Estimators.Select(e => e.Id));
    }

    [Fact]
    public void AdditionalDirectories_RelativePaths_ResolveAgainstTheWorkingDirectory()
    {
        var options = OnlyDirectories(Valid, Path.Combine(".", Throwing));
        options.WorkingDirectory = Root;

        using var catalog = PluginCatalog.Load(options);

        Assert.Equal([Folder(Valid), Folder(Throwing)], catalog.Directories);
        Assert.Equal([Dll(Throwing), Dll(Valid)], catalog.Plugins.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SearchOrder_IsBuiltInThenAdditionalThenEnvironment()
    {
        var options = new PluginHostOptions
        {
            BuiltInDirectory = Folder(Throwing),
            GetEnvironmentVariable = _ => Folder(Valid),
        };
        options.AdditionalDirectories.Add(Folder(Hanging));

        using var catalog = PluginCatalog.Load(options);

        Assert.Equal([Folder(Throwing), Folder(Hanging), Folder(Valid)], catalog.Directories);
        Assert.Equal([Throwing, Hanging, Valid], catalog.Plugins.Select(p => p.AssemblyName));
    }

    [Fact]
    public void BuiltInDirectory_WinsADuplicateIdOverAdditionalDirectories()
    {
        var options = OnlyDirectories(Folder(Valid));
        options.BuiltInDirectory = Folder(WithDuplicateId);

        using var catalog = PluginCatalog.Load(options);

        Assert.Equal(Dll(Valid), Assert.Single(catalog.Problems).File);
        Assert.Equal(WithDuplicateId, catalog.CreateEstimator("test-constant").GetType().Assembly.GetName().Name);
    }

    [Fact]
    public void SameDirectoryListedTwice_LoadsEachPluginOnce()
    {
        var options = OnlyDirectories(
            Folder(Valid),
            Folder(Valid) + Path.DirectorySeparatorChar,
            Path.Combine(Root, "..", "testplugins", Valid),
            Valid);
        options.WorkingDirectory = Root;
        options.BuiltInDirectory = Folder(Valid);
        options.EnvironmentVariable = "X";
        options.GetEnvironmentVariable = _ => Folder(Valid);

        using var catalog = PluginCatalog.Load(options);

        Assert.Empty(catalog.Problems);
        Assert.Equal([Folder(Valid)], catalog.Directories);
        Assert.Equal([Valid], catalog.Plugins.Select(p => p.AssemblyName));
    }

    [Fact]
    public void NestedDirectories_LoadEachDllOnce()
    {
        using var whole = PluginCatalog.Load(OnlyDirectories(Root));
        using var nested = PluginCatalog.Load(OnlyDirectories(Root, Folder(Valid), Folder(Faulty)));

        Assert.Equal(whole.Plugins.Select(p => p.Path), nested.Plugins.Select(p => p.Path));
        Assert.Equal(whole.Problems.Count, nested.Problems.Count);
    }

    [Fact]
    public void Load_IsDeterministic()
    {
        using var first = PluginCatalog.Load(OnlyDirectories(Root));
        using var second = PluginCatalog.Load(OnlyDirectories(Root));

        Assert.Equal(first.Plugins.Select(p => (p.Path, p.Sha256, string.Join(",", p.Estimators))), second.Plugins.Select(p => (p.Path, p.Sha256, string.Join(",", p.Estimators))));
        Assert.Equal(first.Problems, second.Problems);
    }
}
