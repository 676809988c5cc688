using SampleImportance.Suites.Yaml;

namespace SampleImportance.Suites.Reading;

/// <summary>
/// Reads a top-level list of seeds (<c>seeds</c>, <c>estimator-seeds</c>): a non-empty sequence of distinct 32-bit
/// whole numbers. Any such number is a valid seed (the seed scheme mixes it, so 0 or a negative seed is as good as any);
/// a value listed twice would silently double a replicate, so it is an error.
/// </summary>
internal static class SeedListReader
{
    /// <summary>Adds each valid seed under <paramref name="key"/> to <paramref name="seeds"/>; reports every problem.</summary>
    /// <param name="suite">The suite's top-level mapping.</param>
    /// <param name="key">The key, e.g. <c>seeds</c>.</param>
    /// <param name="required">Whether the key must be present (when absent and optional, nothing is added).</param>
    /// <param name="reader">Where problems go.</param>
    /// <param name="seeds">The list to fill.</param>
    public static void Read(MappingView suite, string key, bool required, NodeReader reader, List<int> seeds)
    {
        const string Example = "[1, 2, 3]";
        var node = required ? suite.Required(key, Example) : suite.Optional(key);
        if (!required && node is null && suite.KeyNode(key) is { } written)
        {
            // An empty optional key is more likely a half-written list than a wish for the default.
            reader.Error(written, $"'{key}' has no value.", $"List at least one seed, e.g. {key}: {Example}, or remove the key.");
            return;
        }

        var items = node is null ? null : reader.Sequence(node, key, Example, nonEmpty: true);
        var firstLine = new Dictionary<int, long>();
        foreach (var item in items ?? [])
        {
            if (reader.Int32(item, key + "[]") is not { } seed)
            {
                continue;
            }

            if (!firstLine.TryAdd(seed, item.Start.Line))
            {
                reader.Error(item, $"{Describe(key)} {seed} is listed twice under '{key}' (first at line {firstLine[seed]}).", $"List each value once, e.g. {key}: {Example}.");
                continue;
            }

            seeds.Add(seed);
        }
    }

    private static string Describe(string key) => key == "seeds" ? "Seed" : "Estimator seed";
}
