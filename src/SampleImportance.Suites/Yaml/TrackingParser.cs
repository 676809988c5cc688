using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SampleImportance.Suites.Yaml;

/// <summary>
/// Wraps the YamlDotNet parser to remember where it last succeeded and which flow collections are
/// open, because some malformed inputs make the scanner throw an exception that carries no position.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    private readonly Stack<ParsingEvent> _open = new();

    public ParsingEvent? Current => inner.Current;

    /// <summary>End of the last event parsed, or null before the first.</summary>
    public Mark? LastEnd { get; private set; }

    /// <summary>The innermost open <c>[</c> or <c>{</c>, or null.</summary>
    public ParsingEvent? OpenFlowCollection => _open.FirstOrDefault(IsFlow);

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (moved && inner.Current is { } current)
        {
            LastEnd = current.End;
            switch (current)
            {
                case SequenceStart or MappingStart:
                    _open.Push(current);
                    break;
                case SequenceEnd or MappingEnd when _open.Count > 0:
                    _open.Pop();
                    break;
            }
        }

        return moved;
    }

    private static bool IsFlow(ParsingEvent e) =>
        e is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow };
}
