using System.Text.Json.Serialization;

namespace SampleImportance.Data.Sources;

/// <summary>The ESCI judgments file: <c>{"judgmentRatings":[{"query": text, "ratings":[{"docId": ASIN, "rating": "100.000"}]}]}</c>.</summary>
internal sealed class EsciJudgments
{
    [JsonPropertyName("judgmentRatings")]
    [JsonRequired]
    public List<EsciQuery> JudgmentRatings { get; set; } = [];
}
