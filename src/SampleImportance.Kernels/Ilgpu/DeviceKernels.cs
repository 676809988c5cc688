using ILGPU;
using ILGPU.Runtime.Cuda;

namespace SampleImportance.Kernels;

/// <summary>
/// The device kernels. They follow the exactness rule to the letter: features summed j = 0..d-1 in float
/// (dot products: k = 0..width-1 in double), multiply and add kept apart. Plain PTX <c>mul</c>/<c>add</c> may be
/// contracted into an FMA by the driver's assembler, so on CUDA both are emitted with an explicit rounding mode
/// (<c>.rn</c>), which forbids contraction; elsewhere each operation is a separate statement, which C-family
/// compilers (OpenCL) may not contract.
/// </summary>
internal static class DeviceKernels
{
    /// <summary>
    /// One thread per (query in tile, padded training slot): the composite key (distance bits, index), or
    /// <see cref="ulong.MaxValue"/> for padding so it sorts last. Training rows are feature-major on the
    /// device (feature j of row i at j × n + i) so neighbouring threads read neighbouring addresses.
    /// </summary>
    public static void Distances(Index1D index, ArrayView<float> trainByFeature, ArrayView<float> queries, ArrayView<ulong> keys, KernelShape shape)
    {
        int slot = index;
        var query = slot / shape.PaddedCount;
        var row = slot - (query * shape.PaddedCount);
        if (row >= shape.TrainCount)
        {
            keys[slot] = ulong.MaxValue;
            return;
        }

        var sum = 0f;
        var queryBase = (long)query * shape.FeatureCount;
        for (var j = 0; j < shape.FeatureCount; j++)
        {
            var diff = trainByFeature[((long)j * shape.TrainCount) + row] - queries[queryBase + j];
            sum = Add(sum, Multiply(diff, diff));
        }

        var bits = Interop.FloatAsInt(sum) & DistanceKey.MagnitudeMask;
        if (bits > DistanceKey.InfinityBits)
        {
            bits = DistanceKey.CanonicalNaNBits;
        }

        keys[slot] = ((ulong)bits << 32) | (uint)row;
    }

    /// <summary>
    /// One compare-exchange per thread for stage (k, j), every row at once: thread p handles the pair
    /// (i, i + j) where i is p with a zero bit inserted at j's position; rows end ascending.
    /// </summary>
    public static void BitonicStep(Index1D index, ArrayView<ulong> keys, BitonicStage stage)
    {
        int pair = index;
        var half = stage.PaddedCount >> 1;
        var query = pair / half;
        var p = pair - (query * half);
        var j = stage.Distance;
        var i = ((p & ~(j - 1)) << 1) | (p & (j - 1));
        var rowBase = (long)query * stage.PaddedCount;
        var left = rowBase + i;
        var right = left + j;
        var a = keys[left];
        var b = keys[right];
        var ascending = (i & stage.Block) == 0;
        if ((a > b) == ascending && a != b)
        {
            keys[left] = b;
            keys[right] = a;
        }
    }

    /// <summary>
    /// One thread per (query, rank) of a top-k halving step: with chunk c ascending and chunk c + 1 descending, the
    /// element-wise smaller of the two holds the chunk-size smallest keys of both as one bitonic sequence (the first
    /// half-cleaner of a bitonic merge), written to a row of half the length.
    /// </summary>
    public static void KeepSmallerHalves(Index1D index, ArrayView<ulong> source, ArrayView<ulong> destination, HalvingStage stage)
    {
        int slot = index;
        var half = stage.RowLength >> 1;
        var query = slot / half;
        var p = slot - (query * half);
        var chunkIndex = p / stage.Chunk;
        var from = ((long)query * stage.RowLength) + p + ((long)chunkIndex * stage.Chunk);
        var a = source[from];
        var b = source[from + stage.Chunk];
        destination[slot] = a < b ? a : b;
    }

    /// <summary>
    /// One thread per (query, rank &lt; shape.TrainCount): the training index in the low half of the sorted key, from
    /// rows of shape.PaddedCount keys. For a full sort TrainCount is n; for neighbours it is min(k, n).
    /// </summary>
    public static void ExtractIndices(Index1D index, ArrayView<ulong> keys, ArrayView<int> order, KernelShape shape)
    {
        int slot = index;
        var query = slot / shape.TrainCount;
        var rank = slot - (query * shape.TrainCount);
        order[slot] = (int)(uint)keys[((long)query * shape.PaddedCount) + rank];
    }

    /// <summary>
    /// One thread per product: products[i × rightRows + j] = Σₖ left[i, k] · right[j, k] in double, k in order,
    /// each product rounded before it is added.
    /// </summary>
    public static void DotProducts(Index1D index, ArrayView<double> left, ArrayView<double> right, ArrayView<double> products, DotShape shape)
    {
        int slot = index;
        var i = slot / shape.RightRows;
        var j = slot - (i * shape.RightRows);
        var leftBase = (long)i * shape.Width;
        var rightBase = (long)j * shape.Width;
        var sum = 0.0;
        for (var k = 0; k < shape.Width; k++)
        {
            sum = Add(sum, Multiply(left[leftBase + k], right[rightBase + k]));
        }

        products[slot] = sum;
    }

    /// <summary>a × b in float, never fused into an FMA.</summary>
    internal static float Multiply(float a, float b)
    {
        if (CudaAsm.IsSupported)
        {
            CudaAsm.Emit("mul.rn.f32 %0, %1, %2;", out float product, a, b);
            return product;
        }

        return a * b;
    }

    /// <summary>a + b in float, never fused into an FMA.</summary>
    internal static float Add(float a, float b)
    {
        if (CudaAsm.IsSupported)
        {
            CudaAsm.Emit("add.rn.f32 %0, %1, %2;", out float total, a, b);
            return total;
        }

        return a + b;
    }

    /// <summary>a × b in double, never fused into an FMA.</summary>
    internal static double Multiply(double a, double b)
    {
        if (CudaAsm.IsSupported)
        {
            CudaAsm.Emit("mul.rn.f64 %0, %1, %2;", out double product, a, b);
            return product;
        }

        return a * b;
    }

    /// <summary>a + b in double, never fused into an FMA.</summary>
    internal static double Add(double a, double b)
    {
        if (CudaAsm.IsSupported)
        {
            CudaAsm.Emit("add.rn.f64 %0, %1, %2;", out double total, a, b);
            return total;
        }

        return a + b;
    }
}
