using System.Globalization;

namespace SampleImportance.Benchmarks.KnnShapley;

/// <summary>One KNN-Shapley problem size: training rows valued, test (validation) rows averaged over, features per row.</summary>
public sealed class KnnProblemSize(int trainCount, int testCount, int featureCount)
{
    /// <summary>A quick size: 5,000 × 200 × 32.</summary>
    public static KnnProblemSize Small { get; } = new(5_000, 200, 32);

    /// <summary>The reference README's size, 50,000 × 1,000 × 64 (numpy 6.3 s there).</summary>
    public static KnnProblemSize Reference { get; } = new(50_000, 1_000, 64);

    /// <summary>Training rows (n_train).</summary>
    public int TrainCount { get; } = trainCount;

    /// <summary>Test rows (n_test).</summary>
    public int TestCount { get; } = testCount;

    /// <summary>Features per row (d).</summary>
    public int FeatureCount { get; } = featureCount;

    /// <summary>The label BenchmarkDotNet prints: <c>n_train×n_test×d</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TrainCount}x{TestCount}x{FeatureCount}");
}
