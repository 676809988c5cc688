namespace SampleImportance.Data.Randomness;

/// <summary>
/// The one seed scheme: every stage draws from its own stream, <c>SeedMixer.Mix(seed, stream)</c>, so changing one stage
/// (say, the corruption or the estimator) never changes another's numbers. The estimator's seed is mixed once more
/// with the cell's estimator seed, so estimator variance can be measured with the data held fixed.
/// </summary>
public static class SeedStreams
{
    /// <summary>Synthetic data generation.</summary>
    public const int Generate = 1;

    /// <summary>The train / validation / test split.</summary>
    public const int Split = 2;

    /// <summary>Corruption of the training split.</summary>
    public const int Corrupt = 3;

    /// <summary>The model's seed (<c>ModelContext.Seed</c>).</summary>
    public const int Model = 4;

    /// <summary>The estimator's seed (<c>EstimationContext.Seed</c>), before mixing with the estimator seed.</summary>
    public const int Estimator = 5;

    /// <summary>The model seed of a cell.</summary>
    /// <param name="seed">The cell's (data) seed.</param>
    public static int ModelSeed(int seed) => Abstractions.SeedMixer.Mix(seed, Model);

    /// <summary>The estimator seed of a cell: data seed and estimator seed mixed.</summary>
    /// <param name="seed">The cell's (data) seed.</param>
    /// <param name="estimatorSeed">The cell's estimator seed.</param>
    public static int EstimatorSeed(int seed, int estimatorSeed) => Abstractions.SeedMixer.Mix(Abstractions.SeedMixer.Mix(seed, Estimator), estimatorSeed);
}
