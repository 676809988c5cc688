using System.Text.Json.Serialization;

namespace SampleImportance.Data.Sources;

/// <summary>One JSON Lines record of the OTTO format: a session and its events in time order.</summary>
internal sealed class OttoSession
{
    [JsonPropertyName("session")]
    [JsonRequired]
    public long Session { get; set; }

    [JsonPropertyName("events")]
    [JsonRequired]
    public List<OttoEvent> Events { get; set; } = [];

    /// <summary>The 1-based line the session was read from, for messages.</summary>
    [JsonIgnore]
    public int Line { get; set; }
}
