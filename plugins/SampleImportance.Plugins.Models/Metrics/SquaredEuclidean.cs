namespace SampleImportance.Plugins.Models.Metrics;

/// <summary>
/// Squared Euclidean distance in float, summed feature by feature in order with no fused multiply-add: the
/// rule every compute backend follows, so the knn model and knn-shapley order rows identically.
/// </summary>
internal static class SquaredEuclidean
{
    public static float Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var f = 0; f < a.Length; f++)
        {
            var d = a[f] - b[f];
            var square = d * d;
            sum += square;
        }

        return sum;
    }
}
