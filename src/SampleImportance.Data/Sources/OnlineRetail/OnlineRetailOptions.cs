namespace SampleImportance.Data.Sources;

/// <summary>Parameters of the <c>online-retail</c> source; the initialisers are the documented defaults.</summary>
internal sealed class OnlineRetailOptions
{
    /// <summary>Sampled negatives (items the user did not buy) per purchased item. Default 1.</summary>
    public int Negatives { get; set; } = 1;

    /// <summary>Keep this many users of the training file, drawn with the seed; 0 (default) keeps all.</summary>
    public int Users { get; set; }
}
