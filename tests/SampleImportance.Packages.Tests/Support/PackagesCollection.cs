namespace SampleImportance.Packages.Tests.Support;

/// <summary>Every test class here shares one <see cref="PackageFeed"/>: the packages are packed once per test run.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "packages";
}
