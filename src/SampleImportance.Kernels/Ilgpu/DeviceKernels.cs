using ILGPU;
using ILGPU.Runtime.Cuda;

namespace SampleImportance.Kernels;

/// <summary>
/// The device kernels. They follow the exactness rule to the letter: features summed j = 0..d-1 in float,
/// multiply and add kept apart. Plain PTX <c>mul.f32</c>/<c>add.f32</c> may be contracted into an FMA by
/// the driver's assembler, so on CUDA both are emitted with an explicit rounding mode (<c>.rn</c>), which
/// forbids contraction; elsewhere plain operators are already separate.
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

    /// <summary>One thread per (query, rank &lt; n): the training index in the low half of the sorted key.</summary>
    public static void ExtractIndices(Index1D index, ArrayView<ulong> keys, ArrayView<int> order, KernelShape shape)
    {
        int slot = index;
        var query = slot / shape.TrainCount;
        var rank = slot - (query * shape.TrainCount);
        order[slot] = (int)(uint)keys[((long)query * shape.PaddedCount) + rank];
    }

    private static float Multiply(float a, float b)
    {
        if (CudaAsm.IsSupported)
        {
            CudaAsm.Emit("mul.rn.f32 %0, %1, %2;", out float product, a, b);
            return product;
        }

        return a * b;
    }

    private static float Add(float a, float b)
    {
        if (CudaAsm.IsSupported)
        {
            CudaAsm.Emit("add.rn.f32 %0, %1, %2;", out float total, a, b);
            return total;
        }

        return a + b;
    }
}
