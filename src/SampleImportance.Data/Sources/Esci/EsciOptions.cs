namespace SampleImportance.Data.Sources;

/// <summary>Parameters of the <c>esci</c> source; the initialisers are the documented defaults.</summary>
internal sealed class EsciOptions
{
    /// <summary>Keep this many queries, drawn with the run's generation seed; 0 (default) keeps every query.</summary>
    public int Queries { get; set; }
}
