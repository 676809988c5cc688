using SampleImportance.Abstractions;

namespace SampleImportance.Kernels.Tests;

/// <summary>The <see cref="IComputeBackend.DotProducts"/> contract: bit-identical to the scalar loop, on every backend present.</summary>
[Collection(BackendCollection.Name)]
public sealed class DotProductsTests(BackendFixture backends)
{
    public static TheoryData<string> Backends => BackendFixture.Present;

    [Theory]
    [MemberData(nameof(Backends))]
    public void Products_equal_the_scalar_reference_bit_for_bit(string backend)
    {
        // Rows off the 4-row blocks and vector panels, widths off every vector width and the k tile (128).
        (int LeftRows, int RightRows, int Width)[] shapes =
        [
            (1, 1, 1),
            (1, 1, 7),
            (3, 1, 1),
            (1, 5, 1),
            (2, 3, 2),
            (5, 9, 3),
            (4, 8, 4),
            (7, 17, 9),
            (9, 33, 16),
            (6, 7, 31),
            (33, 65, 5),
            (3, 4, 129),
            (2, 3, 300),
        ];
        foreach (var (leftRows, rightRows, width) in shapes)
        {
            var left = ReferenceDotProducts.Values(leftRows * 1_000 + width, leftRows * width);
            var right = ReferenceDotProducts.Values(rightRows * 1_000 + width + 1, rightRows * width);
            var products = new double[leftRows * rightRows];

            backends[backend].DotProducts(left, leftRows, right, rightRows, width, products);

            Assert.Equal(
                ReferenceDotProducts.Bits(ReferenceDotProducts.Compute(left, leftRows, right, rightRows, width)),
                ReferenceDotProducts.Bits(products));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Sums_run_in_order_of_k(string backend)
    {
        // In order: (1e16 + 1) rounds back to 1e16, minus 1e16 is 0, plus 1 is 1. Any pairing of terms gives 0 or 2.
        double[] left = [1e16, 1, -1e16, 1];
        double[] right = [1, 1, 1, 1];
        var products = new double[1];

        backends[backend].DotProducts(left, 1, right, 1, 4, products);

        Assert.Equal(1.0, products[0]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Zero_rows_write_nothing(string backend)
    {
        var values = ReferenceDotProducts.Values(1, 12);
        var products = Enumerable.Repeat(-7.0, 4).ToArray();

        backends[backend].DotProducts(values, 0, values, 3, 4, products);
        backends[backend].DotProducts(values, 3, values, 0, 4, products);
        backends[backend].DotProducts([], 0, [], 0, 4, products);

        Assert.All(products, value => Assert.Equal(-7.0, value));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Zero_width_gives_zero_products(string backend)
    {
        var products = Enumerable.Repeat(-7.0, 6).ToArray();

        backends[backend].DotProducts([], 2, [], 3, 0, products);

        Assert.All(products, value => Assert.Equal(0.0, value));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Only_the_products_are_written(string backend)
    {
        var left = ReferenceDotProducts.Values(2, 2 * 3);
        var right = ReferenceDotProducts.Values(3, 3 * 3);
        var products = Enumerable.Repeat(-7.0, 8).ToArray();

        backends[backend].DotProducts(left, 2, right, 3, 3, products);

        Assert.Equal(ReferenceDotProducts.Compute(left, 2, right, 3, 3), products[..6]);
        Assert.Equal([-7.0, -7.0], products[6..]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Longer_inputs_read_only_their_rows(string backend)
    {
        // Spans may be longer than rows × width (a tile of a bigger buffer); the extra values are ignored.
        var left = ReferenceDotProducts.Values(4, 50);
        var right = ReferenceDotProducts.Values(5, 50);
        var products = new double[2 * 3];

        backends[backend].DotProducts(left, 2, right, 3, 5, products);

        Assert.Equal(ReferenceDotProducts.Compute(left, 2, right, 3, 5), products);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Non_finite_values_propagate_like_the_scalar_loop(string backend)
    {
        double[] left = [1, double.PositiveInfinity, 2, 3, double.NaN, 1];
        double[] right = [1, 1, 1, 0, 1, 1, -1, double.PositiveInfinity, 0];
        var products = new double[2 * 3];

        backends[backend].DotProducts(left, 2, right, 3, 3, products);

        Assert.Equal(ReferenceDotProducts.Compute(left, 2, right, 3, 3), products);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Invalid_arguments_are_rejected(string backend)
    {
        var compute = backends[backend];
        var values = new double[12];

        Assert.Throws<ArgumentOutOfRangeException>(() => compute.DotProducts(values, -1, values, 1, 1, new double[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => compute.DotProducts(values, 1, values, -1, 1, new double[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => compute.DotProducts(values, 1, values, 1, -1, new double[1]));
        Assert.Throws<ArgumentException>(() => compute.DotProducts(values, 4, values, 1, 4, new double[4]));
        Assert.Throws<ArgumentException>(() => compute.DotProducts(values, 1, values, 4, 4, new double[4]));
        Assert.Throws<ArgumentException>(() => compute.DotProducts(values, 3, values, 3, 4, new double[8]));
    }
}
