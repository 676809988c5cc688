using SampleImportance.Abstractions;

namespace SampleImportance.Data;

/// <summary>The dataset sources a suite may name, with the parameters each accepts. Suites validate
/// <c>params:</c> against these descriptors with the same rules as plugin parameters.</summary>
public static class DataSourceCatalog
{
    public const string Tabular = "synthetic/tabular";
    public const string EcommerceSearch = "synthetic/ecommerce-search";
    public const string Csv = "csv";

    private static readonly Dictionary<string, IReadOnlyList<ParameterDescriptor>> ParametersBySource = new(StringComparer.Ordinal)
    {
        [Tabular] =
        [
            new("rows", ParameterKind.Integer, "400", "Total rows before splitting (default 400).", 8, 1_000_000),
            new("features", ParameterKind.Integer, "8", "Dense features per row (default 8).", 1, 4096),
            new("separation", ParameterKind.Number, "1.5", "Distance between the two class means in standard deviations (default 1.5).", 0, 100),
        ],
        [EcommerceSearch] =
        [
            new("queries", ParameterKind.Integer, "40", "Distinct queries (default 40).", 1, 1_000_000),
            new("products", ParameterKind.Integer, "400", "Products in the catalogue (default 400).", 2, 10_000_000),
            new("sessions", ParameterKind.Integer, "60", "Search sessions; each shows one result page (default 60).", 1, 10_000_000),
            new("page-size", ParameterKind.Integer, "10", "Results shown per session; rows = sessions × page-size (default 10).", 1, 100),
            new("position-bias", ParameterKind.Number, "1.0", "Exponent of the examination probability 1 / position^bias (default 1.0).", 0, 10),
        ],
        [Csv] = [],
    };

    /// <summary>Every source id.</summary>
    public static IReadOnlyList<string> Sources { get; } = [.. ParametersBySource.Keys];

    /// <summary>The parameters of <paramref name="source"/>, or false when the source is unknown.</summary>
    public static bool TryGetParameters(string source, out IReadOnlyList<ParameterDescriptor> parameters)
    {
        if (ParametersBySource.TryGetValue(source, out var found))
        {
            parameters = found;
            return true;
        }

        parameters = [];
        return false;
    }
}
