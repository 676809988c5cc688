using SampleImportance.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Yaml;

/// <summary>Parses suite text into one YAML document's root node, reporting syntax errors, extra
/// documents and type tags as problems.</summary>
internal static class YamlDocumentLoader
{
    private const string SyntaxFix = "Check indentation (spaces, not tabs), brackets and quotes at this position.";

    /// <summary>The root node, or null when there is none to read (a problem has been reported).</summary>
    public static YamlNode? Load(string text, NodeReader reader)
    {
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlTooDeepException e)
        {
            reader.Error(reader.At(e.Start), e.Message, $"A suite nests a few levels; flatten this value to at most {e.MaxDepth} levels of lists and maps.");
            return null;
        }
        catch (YamlException e)
        {
            reader.Error(reader.At(e.Start), "Malformed YAML: " + e.Message, SyntaxFix);
            return null;
        }
#pragma warning disable CA1031 // The scanner throws position-less exceptions on some malformed input; that is bad input, not a crash.
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
#pragma warning restore CA1031
        {
            ReportPositionless(parser, reader);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            reader.Error(new SourceLocation(reader.File, 1, 1), "The suite is empty.", "Write at least name, seeds, datasets, models and estimators.");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            reader.Error(
                stream.Documents[1].RootNode,
                $"A suite holds one YAML document; this file has {stream.Documents.Count}.",
                "Remove the extra '---' separators or split the suites into files.");
        }

        var root = stream.Documents[0].RootNode;
        RejectTags(root, reader);
        return root;
    }

    private static void ReportPositionless(TrackingParser parser, NodeReader reader)
    {
        var location = parser.LastEnd is { } end ? reader.At(end) : new SourceLocation(reader.File, 1, 1);
        var open = parser.OpenFlowCollection;
        var hint = open is null
            ? string.Empty
            : $" An unclosed '{(open is SequenceStart ? "[" : "{")}' opened at line {open.Start.Line}, column {open.Start.Column}.";
        // The scanner's own message here is an internal-state complaint that means nothing to a suite author.
        reader.Error(location, $"Malformed YAML after this position.{hint}", SyntaxFix);
    }

    // Tags would let text choose types (or, with some loaders, code); suites are plain data.
    private static void RejectTags(YamlNode root, NodeReader reader)
    {
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            if (!node.Tag.IsEmpty)
            {
                reader.Error(node, $"YAML tags are not supported (found '{node.Tag.Value}').", "Remove the tag; write plain values and quote text where needed.");
            }

            var children = node switch
            {
                YamlMappingNode m => m.Children.SelectMany(p => new[] { p.Key, p.Value }),
                YamlSequenceNode s => s.Children,
                _ => [],
            };

            // Push in reverse so problems come out in document order.
            foreach (var child in children.Reverse())
            {
                pending.Push(child);
            }
        }
    }
}
