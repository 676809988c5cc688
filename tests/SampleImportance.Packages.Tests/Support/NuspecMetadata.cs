using System.Xml.Linq;

namespace SampleImportance.Packages.Tests.Support;

/// <summary>The &lt;metadata&gt; of a .nuspec, read without caring about its XML namespace (it varies by NuGet version).</summary>
internal sealed class NuspecMetadata(XElement metadata)
{
    public string Id => Value("id") ?? string.Empty;

    public string? Value(string name) => Element(name)?.Value;

    public XElement? Element(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public IEnumerable<XElement> Descendants(string name) => metadata.Descendants().Where(e => e.Name.LocalName == name);
}
