using System.Text.Json.Serialization;

namespace SampleImportance.Data.Sources;

/// <summary>One query and its judged products.</summary>
internal sealed class EsciQuery
{
    [JsonPropertyName("query")]
    [JsonRequired]
    public string Query { get; set; } = string.Empty;

    [JsonPropertyName("ratings")]
    [JsonRequired]
    public List<EsciRating> Ratings { get; set; } = [];
}
