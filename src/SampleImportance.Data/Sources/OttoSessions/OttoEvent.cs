using System.Text.Json.Serialization;

namespace SampleImportance.Data.Sources;

/// <summary>One OTTO event: an item (<c>aid</c>), a time in epoch milliseconds and a type (clicks, carts or orders).</summary>
internal sealed class OttoEvent
{
    [JsonPropertyName("aid")]
    [JsonRequired]
    public long Aid { get; set; }

    [JsonPropertyName("ts")]
    [JsonRequired]
    public long Ts { get; set; }

    [JsonPropertyName("type")]
    [JsonRequired]
    public string Type { get; set; } = string.Empty;
}
