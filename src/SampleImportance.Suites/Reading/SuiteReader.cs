using SampleImportance.Suites.Yaml;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads the top level of a suite into a <see cref="SuiteBuilder"/>, section by section in a fixed order
/// (so that gates can check the ids defined above them wherever they are written).</summary>
internal static class SuiteReader
{
    private static readonly string[] Keys = ["name", "seeds", "estimator-seeds", "datasets", "models", "estimators", "tasks", "timing", "gates"];

    public static void Read(YamlNode root, SuiteReadContext context)
    {
        var reader = context.Reader;
        var suite = reader.Mapping(root, string.Empty, Keys, "name: my-suite, seeds: [1], estimator-seeds: [1], datasets: [...], models: [...], estimators: [...]");
        if (suite is null)
        {
            return;
        }

        context.Builder.Name = IdReader.Read(suite, "name", reader, "quickstart");
        SeedListReader.Read(suite, "seeds", required: true, reader, context.Builder.Seeds);
        SeedListReader.Read(suite, "estimator-seeds", required: false, reader, context.Builder.EstimatorSeeds);
        DatasetReader.ReadAll(suite, context);
        ModelReader.ReadAll(suite, context);
        EstimatorReader.ReadAll(suite, context);
        CompatibilityChecker.Check(context);
        TaskReader.Read(suite, context);
        TimingReader.Read(suite, context);
        GateReader.ReadAll(suite, context);
    }
}
