using SampleImportance.Abstractions;
using SampleImportance.Kernels;
using SampleImportance.Plugins.Estimators.KnnShapley;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.KnnShapley;

public class SortedValidationWalkTests
{
    [Fact]
    public void Sums_are_added_group_by_group_in_query_order_whatever_the_thread_count()
    {
        var train = ToyData.Blobs(300, 3, 51);
        var validation = ToyData.Blobs(23, 3, 52);
        using var backend = new SimdCpuBackend(preferredQueryTile: 5);

        // Contributions of very different magnitudes, so another summation order changes the bits.
        static double Contribution(int query, int rank) => Math.Pow(10, (query % 7) - 3) / (rank + 1.0 + (query * 0.37));
        SortedRowsVisitor Visitor() => (query, sorted, values) =>
        {
            for (var rank = 0; rank < sorted.Length; rank++)
            {
                values[sorted[rank]] += Contribution(query, rank);
            }
        };

        var one = SortedValidationWalk.Run(train, validation, backend, Visitor, CancellationToken.None, null, maxDegreeOfParallelism: 1);
        var many = SortedValidationWalk.Run(train, validation, backend, Visitor, CancellationToken.None, null, maxDegreeOfParallelism: 4);

        // The documented order: group g = q mod 4 adds its queries in increasing q, then groups 0..3 are summed.
        var order = new int[validation.Count * train.Count];
        backend.SortByDistance(train, validation, 0, validation.Count, order);
        var groups = new double[SortedValidationWalk.Groups, train.Count];
        for (var q = 0; q < validation.Count; q++)
        {
            for (var rank = 0; rank < train.Count; rank++)
            {
                groups[q % SortedValidationWalk.Groups, order[(q * train.Count) + rank]] += Contribution(q, rank);
            }
        }

        var expected = Enumerable.Range(0, train.Count).Select(i => Enumerable.Range(0, SortedValidationWalk.Groups).Aggregate(0.0, (sum, g) => g == 0 ? groups[0, i] : sum + groups[g, i])).ToArray();
        Assert.Equal(expected, one);
        Assert.Equal(expected, many);
    }

    [Theory]
    [InlineData(64, 50_000, 1_000, 64)]
    [InlineData(64, 1_000_000, 1_000, 16)]
    [InlineData(64, 100_000_000, 1_000, 1)]
    [InlineData(64, 50_000, 10, 10)]
    [InlineData(7, 1_000, 1_000, 7)]
    public void Query_tile_keeps_the_orders_within_the_budget(int preferred, int n, int m, int expected)
    {
        var tile = SortedValidationWalk.QueryTile(preferred, n, m);

        Assert.Equal(expected, tile);
        Assert.True(tile == 1 || (long)tile * n * sizeof(int) <= SortedValidationWalk.OrderBudgetBytes);
    }

    [Fact]
    public void Label_codes_round_trip_and_give_up_past_256_classes()
    {
        double[] labels = [2.5, -1, 2.5, 7, -1];

        var codes = LabelCodes.TryCreate(labels)!;

        Assert.Equal(labels, codes.Codes.Select(c => codes.Classes[c]));
        Assert.Equal(3, codes.Classes.Length);
        Assert.Null(LabelCodes.TryCreate(Enumerable.Range(0, 257).Select(i => (double)i).ToArray()));
        Assert.NotNull(LabelCodes.TryCreate(Enumerable.Range(0, 256).Select(i => (double)i).ToArray()));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(300)]
    public void Values_by_class_code_and_by_label_both_follow_the_recursion(int classes)
    {
        // 3 classes take the class-code table; 300 take the per-row label match.
        var blobs = ToyData.Blobs(400, 4, 61);
        var train = new SampleSet(blobs.Features.ToArray(), 4, Enumerable.Range(0, 400).Select(i => (double)(i % classes)).ToArray());
        var validation = new SampleSet(ToyData.Blobs(9, 4, 62).Features.ToArray(), 4, Enumerable.Range(0, 9).Select(i => (double)(i * 7 % classes)).ToArray());
        using var backend = new SimdCpuBackend();
        const int k = 3;

        var values = new KnnShapleyCalculator(k, LabelMatch.Exact).Compute(train, validation, backend, CancellationToken.None, null);

        var order = new int[validation.Count * train.Count];
        backend.SortByDistance(train, validation, 0, validation.Count, order);
        var expected = new double[train.Count];
        var n = train.Count;
        for (var q = 0; q < validation.Count; q++)
        {
            var sorted = order.AsSpan(q * n, n).ToArray();
            var match = sorted.Select(row => train.Labels[row] == validation.Labels[q] ? 1.0 : 0.0).ToArray();
            var s = match[n - 1] / n;
            expected[sorted[n - 1]] += s / validation.Count;
            for (var i = n - 1; i >= 1; i--)
            {
                s += (match[i - 1] - match[i]) / k * Math.Min(k, i) / i;
                expected[sorted[i - 1]] += s / validation.Count;
            }
        }

        for (var i = 0; i < n; i++)
        {
            Assert.Equal(expected[i], values[i], 1e-12);
        }
    }
}
