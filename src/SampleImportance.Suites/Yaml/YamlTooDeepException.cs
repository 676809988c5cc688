using YamlDotNet.Core;

namespace SampleImportance.Suites.Yaml;

/// <summary>
/// Thrown by <see cref="TrackingParser"/> when collections nest deeper than <see cref="TrackingParser.MaxDepth"/>:
/// building the node tree recurses once per level, so unbounded nesting would overflow the stack and kill the process.
/// </summary>
internal sealed class YamlTooDeepException(Mark start, Mark end, int maxDepth)
    : YamlException(start, end, $"Collections nest more than {maxDepth} levels deep here.")
{
    /// <summary>The limit that was exceeded.</summary>
    public int MaxDepth { get; } = maxDepth;
}
