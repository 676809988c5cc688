using SampleImportance.Suites.Yaml;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads the top level of a suite into a <see cref="SuiteBuilder"/>, section by section in a fixed order
/// (so that gates can check the ids defined above them wherever they are written).</summary>
internal static class SuiteReader
{
    private static readonly string[] Keys = ["name", "seeds", "datasets", "models", "estimators", "tasks", "timing", "gates"];

    public static void Read(YamlNode root, SuiteReadContext context)
    {
        var reader = context.Reader;
        var suite = reader.Mapping(root, string.Empty, Keys, "name: my-suite, seeds: [1], datasets: [...], models: [...], estimators: [...]");
        if (suite is null)
        {
            return;
        }

        context.Builder.Name = IdReader.Read(suite, "name", reader, "quickstart");
        ReadSeeds(suite, context);
        DatasetReader.ReadAll(suite, context);
        ModelReader.ReadAll(suite, context);
        EstimatorReader.ReadAll(suite, context);
        CompatibilityChecker.Check(context);
        TaskReader.Read(suite, context);
        TimingReader.Read(suite, context);
        GateReader.ReadAll(suite, context);
    }

    private static void ReadSeeds(MappingView suite, SuiteReadContext context)
    {
        var reader = context.Reader;
        var node = suite.Required("seeds", "[1, 2, 3]");
        var items = node is null ? null : reader.Sequence(node, "seeds", "[1, 2, 3]", nonEmpty: true);
        var firstLine = new Dictionary<int, long>();
        foreach (var item in items ?? [])
        {
            if (reader.Int32(item, "seeds[]") is not { } seed)
            {
                continue;
            }

            if (!firstLine.TryAdd(seed, item.Start.Line))
            {
                reader.Error(item, $"Seed {seed} is listed twice (first at line {firstLine[seed]}).", "List each seed once.");
                continue;
            }

            context.Builder.Seeds.Add(seed);
        }
    }
}
