using System.Text;

namespace SampleImportance.Reporting;

/// <summary>A line writer that always uses <c>\n</c>, so reports are byte-identical on every OS.</summary>
internal sealed class Markdown
{
    private readonly StringBuilder text = new();

    public void Line(string line) => text.Append(line).Append('\n');

    public void Blank() => text.Append('\n');

    public override string ToString() => text.ToString();
}
