namespace SampleImportance.Kernels;

/// <summary>Sizes passed to every device kernel (one blittable struct keeps the launch signatures short).</summary>
/// <param name="trainCount">Real training rows n.</param>
/// <param name="featureCount">Features per row d.</param>
/// <param name="paddedCount">n rounded up to a power of two: the length of one query's key row.</param>
internal readonly struct KernelShape(int trainCount, int featureCount, int paddedCount)
{
    /// <summary>Real training rows n.</summary>
    public readonly int TrainCount = trainCount;

    /// <summary>Features per row d.</summary>
    public readonly int FeatureCount = featureCount;

    /// <summary>Power-of-two key row length; slots at or past <see cref="TrainCount"/> hold <see cref="ulong.MaxValue"/>.</summary>
    public readonly int PaddedCount = paddedCount;
}
