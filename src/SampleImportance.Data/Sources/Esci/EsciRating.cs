using System.Text.Json.Serialization;

namespace SampleImportance.Data.Sources;

/// <summary>One judgment: a product (ASIN) and its rating as text (100, 10, 1 or 0 for E, S, C, I).</summary>
internal sealed class EsciRating
{
    [JsonPropertyName("docId")]
    [JsonRequired]
    public string DocId { get; set; } = string.Empty;

    [JsonPropertyName("rating")]
    [JsonRequired]
    public string Rating { get; set; } = string.Empty;
}
