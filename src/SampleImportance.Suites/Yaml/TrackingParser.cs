using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SampleImportance.Suites.Yaml;

/// <summary>
/// Wraps the YamlDotNet parser to remember where it last succeeded and which flow collections are
/// open, because some malformed inputs make the scanner throw an exception that carries no position. It also
/// stops at <see cref="MaxDepth"/> nested collections, before the recursive node builder can overflow the stack.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    /// <summary>Deepest nesting of sequences and mappings accepted. Default: 64 (a suite needs under 10).</summary>
    public const int MaxDepth = 64;

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
                case SequenceStart or MappingStart when _open.Count >= MaxDepth:
                    throw new YamlTooDeepException(current.Start, current.End, MaxDepth);
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
