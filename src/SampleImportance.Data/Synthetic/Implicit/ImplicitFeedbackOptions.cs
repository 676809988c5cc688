namespace SampleImportance.Data.Synthetic.Implicit;

/// <summary>Settings of the <c>synthetic/implicit-feedback</c> generator; the one place their defaults are written (the source's descriptor reads them).</summary>
public sealed class ImplicitFeedbackOptions
{
    /// <summary>Users. Default 60.</summary>
    public int Users { get; set; } = 60;

    /// <summary>Items in the catalogue. Default 200.</summary>
    public int Items { get; set; } = 200;

    /// <summary>Latent taste dimensions; each is also an observable item category (an item's category is its largest factor). Default 4.</summary>
    public int Factors { get; set; } = 4;

    /// <summary>Logged sessions per user (the rows); the history that features are computed from comes before them. Default 4.</summary>
    public int SessionsPerUser { get; set; } = 4;

    /// <summary>Distinct items each session interacts with (capped at half the catalogue). Default 5.</summary>
    public int InteractionsPerSession { get; set; } = 5;

    /// <summary>Interactions of an average user in the history before the logged sessions; users vary around it (log-normal activity). Default 20.</summary>
    public int HistoryInteractions { get; set; } = 20;

    /// <summary>Exponent s of the power-law item popularity: the item of popularity rank r is chosen ∝ r^−s, times taste. Default 1.0.</summary>
    public double PopularityExponent { get; set; } = 1.0;

    /// <summary>Weight of taste (user · item factors / √factors) against log-popularity in the choice of an item. Default 2.5.</summary>
    public double TasteStrength { get; set; } = 2.5;

    /// <summary>Sampled negatives (label 0) per interaction, drawn uniformly among items the user never interacted with in the logged sessions. Default 4.</summary>
    public int NegativesPerPositive { get; set; } = 4;
}
