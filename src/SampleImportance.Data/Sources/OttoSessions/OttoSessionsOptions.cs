namespace SampleImportance.Data.Sources;

/// <summary>Parameters of the <c>otto-sessions</c> source; the initialisers are the documented defaults.</summary>
internal sealed class OttoSessionsOptions
{
    /// <summary>What label 1 means for a clicked item: <c>orders</c> (default: the purchase ground truth), <c>carts</c>,
    /// or <c>carts-or-orders</c> (more positives on small samples).</summary>
    public string Target { get; set; } = "orders";
}
