using System.Text.RegularExpressions;
using System.Xml.Linq;
using SampleImportance.Build.Tests.Support;

namespace SampleImportance.Build.Tests.Documentation;

/// <summary>
/// The READMEs stay true to the .props: every property the package declares has a row in build/README.md's table,
/// and every property the READMEs' project snippets set is one the package declares (a typo there would be silently
/// ignored by MSBuild in a user's project).
/// </summary>
public sealed partial class PropertyDocumentationTests
{
    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public void Every_declared_property_has_a_row_in_the_build_README_table()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "build", "README.md"));

        var undocumented = DeclaredProperties().Where(name => !readme.Contains($"| `{name}` |", StringComparison.Ordinal)).ToList();

        Assert.Empty(undocumented);
        Assert.Contains("SampleImportanceSuppressions", DeclaredProperties());
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("build/README.md")]
    public void Project_snippets_set_only_declared_properties(string file)
    {
        var text = File.ReadAllText(Path.Combine(Root, file));
        var snippets = XmlBlock().Matches(text).Select(m => m.Groups["xml"].Value).ToList();
        var used = snippets.SelectMany(s => PropertyElement().Matches(s).Select(m => m.Groups["name"].Value)).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(DeclaredProperties()));
        Assert.Contains(snippets, s => s.Contains("<PackageReference Include=\"SampleImportance.Build\"", StringComparison.Ordinal));
    }

    /// <summary>The properties SampleImportance.Build.props gives defaults to (not the private, underscored ones).</summary>
    private static HashSet<string> DeclaredProperties() =>
        [.. XDocument.Load(Path.Combine(Root, "build", "SampleImportance.Build.props"))
            .Descendants("PropertyGroup").Elements()
            .Select(e => e.Name.LocalName)
            .Where(name => !name.StartsWith('_'))];

    [GeneratedRegex(@"```xml\n(?<xml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex XmlBlock();

    [GeneratedRegex(@"<(?<name>SampleImportance[A-Za-z]+)>")]
    private static partial Regex PropertyElement();
}
