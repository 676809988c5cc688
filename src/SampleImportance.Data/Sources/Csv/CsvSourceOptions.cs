namespace SampleImportance.Data.Sources;

/// <summary>Parameters of the <c>csv</c> source; the initialisers are the documented defaults.</summary>
internal sealed class CsvSourceOptions
{
    /// <summary>Comma-separated categorical columns (<c>C*</c> names every column starting with C). Default: none.</summary>
    public string Categorical { get; set; } = string.Empty;

    /// <summary>FNV-1a buckets per categorical column; 0 one-hot encodes the training file's values. Default 16.</summary>
    public int HashBuckets { get; set; } = 16;

    /// <summary><c>error</c> (default): an empty numeric cell is refused; <c>median</c>: imputed with the training rows' median.</summary>
    public string Missing { get; set; } = "error";
}
