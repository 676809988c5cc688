using System.Text;

namespace SampleImportance.Properties.Tests.Generation;

/// <summary>
/// One generated suite: YAML fragments for each section (knobs at and past their edges) and, for a CSV dataset, the
/// file's text. Kept as text so a failing case prints as the suite a user would write.
/// </summary>
/// <param name="Seeds">The <c>seeds:</c> list, e.g. <c>[1]</c>.</param>
/// <param name="EstimatorSeeds">The <c>estimator-seeds:</c> list, or null to leave it out.</param>
/// <param name="Dataset">The one dataset entry (a YAML flow mapping).</param>
/// <param name="Csv">The text of <c>train.csv</c> beside the suite, or null.</param>
/// <param name="Models">Model entries.</param>
/// <param name="Estimators">Estimator entries.</param>
/// <param name="Tasks">The <c>tasks:</c> list, or null to leave it out.</param>
/// <param name="Timing">The <c>timing:</c> mapping.</param>
/// <param name="Gates">Gate entries (judged against the run itself as the baseline).</param>
internal sealed record SuiteCase(
    string Seeds,
    string? EstimatorSeeds,
    string Dataset,
    string? Csv,
    IReadOnlyList<string> Models,
    IReadOnlyList<string> Estimators,
    string? Tasks,
    string Timing,
    IReadOnlyList<string> Gates)
{
    public const string CsvFileName = "train.csv";

    public string ToYaml()
    {
        var yaml = new StringBuilder();
        yaml.Append("name: generated\n");
        yaml.Append("seeds: ").Append(Seeds).Append('\n');
        if (EstimatorSeeds is not null)
        {
            yaml.Append("estimator-seeds: ").Append(EstimatorSeeds).Append('\n');
        }

        yaml.Append("datasets:\n  - ").Append(Dataset).Append('\n');
        yaml.Append("models:\n");
        foreach (var model in Models)
        {
            yaml.Append("  - ").Append(model).Append('\n');
        }

        yaml.Append("estimators:\n");
        foreach (var estimator in Estimators)
        {
            yaml.Append("  - ").Append(estimator).Append('\n');
        }

        if (Tasks is not null)
        {
            yaml.Append("tasks: ").Append(Tasks).Append('\n');
        }

        yaml.Append("timing: ").Append(Timing).Append('\n');
        if (Gates.Count > 0)
        {
            yaml.Append("gates:\n");
            foreach (var gate in Gates)
            {
                yaml.Append("  - ").Append(gate).Append('\n');
            }
        }

        return yaml.ToString();
    }

    public override string ToString() =>
        ToYaml() + (Csv is null ? string.Empty : $"--- {CsvFileName} ---\n{Csv}");
}
