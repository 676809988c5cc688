using ILGPU;
using ILGPU.Runtime;
using SampleImportance.Abstractions;

namespace SampleImportance.Kernels;

/// <summary>
/// An ILGPU backend (<c>ilgpu-cuda</c>, <c>ilgpu-opencl</c> or <c>ilgpu-cpu</c>). A distance kernel writes composite
/// (distance bits, index) keys per query row, padded to a power of two; a bitonic network sorts every row on the
/// device (<see cref="SortByDistance"/>), or sorts chunks of k and halves them until one chunk is left
/// (<see cref="NearestNeighbours"/>, O(n log² k)); a last kernel keeps the indices. Dot products are one thread
/// per product, in double. Owns its ILGPU context, accelerator and device buffers: <see cref="Dispose"/> releases
/// them, after which every call throws. Exact KNN-Shapley runs wholly on the device (<see cref="AddKnnShapley"/>).
/// Calls are serialised (one accelerator stream). Create it through
/// <see cref="ComputeBackendFactory"/>.
/// </summary>
public sealed class IlgpuBackend : IComputeBackend, IKnnShapleyKernel
{
    /// <summary>Default <see cref="PreferredQueryTile"/> on a GPU: 256 queries (128 MiB of keys for 50,000 training rows).</summary>
    public const int DefaultGpuQueryTile = 256;

    /// <summary>Default <see cref="PreferredQueryTile"/> on the CPU simulator, which is only for tests: 8 queries.</summary>
    public const int DefaultSimulatorQueryTile = 8;

    // Key slots one batch may use (256 MiB of ulong); larger calls are split into batches.
    private const long MaxKeySlots = 1L << 25;

    private readonly Context _context;
    private readonly Accelerator _accelerator;
    private readonly Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<ulong>, KernelShape> _distances;
    private readonly Action<Index1D, ArrayView<ulong>, BitonicStage> _bitonicStep;
    private readonly Action<Index1D, ArrayView<ulong>, ArrayView<ulong>, HalvingStage> _keepSmallerHalves;
    private readonly Action<Index1D, ArrayView<ulong>, ArrayView<int>, KernelShape> _extractIndices;
    private readonly Lock _gate = new();
    private readonly WeakReference<SampleSet?> _trainSet = new(null);

    // Loaded on first use: a device without double support (some OpenCL GPUs) can still rank neighbours.
    private Action<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>, DotShape>? _dotProducts;
    private DeviceKnnShapley? _knnShapley;
    private KnnShapleyChunking _knnChunking = KnnShapleyChunking.Default;
    private MemoryBuffer1D<float, Stride1D.Dense>? _train;
    private MemoryBuffer1D<float, Stride1D.Dense>? _queries;
    private MemoryBuffer1D<ulong, Stride1D.Dense>? _keys;
    private MemoryBuffer1D<ulong, Stride1D.Dense>? _halvedKeys;
    private MemoryBuffer1D<int, Stride1D.Dense>? _order;
    private MemoryBuffer1D<double, Stride1D.Dense>? _left;
    private MemoryBuffer1D<double, Stride1D.Dense>? _right;
    private MemoryBuffer1D<double, Stride1D.Dense>? _products;
    private volatile bool _disposed;

    /// <summary>Takes ownership of <paramref name="context"/> and <paramref name="accelerator"/> and compiles the kernels.</summary>
    internal IlgpuBackend(Context context, Accelerator accelerator, int preferredQueryTile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(preferredQueryTile, 1);
        _context = context;
        _accelerator = accelerator;
        PreferredQueryTile = preferredQueryTile;
        Name = NameOf(accelerator.AcceleratorType);
        _distances = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<ulong>, KernelShape>(DeviceKernels.Distances);
        _bitonicStep = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<ulong>, BitonicStage>(DeviceKernels.BitonicStep);
        _keepSmallerHalves = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<ulong>, ArrayView<ulong>, HalvingStage>(DeviceKernels.KeepSmallerHalves);
        _extractIndices = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<ulong>, ArrayView<int>, KernelShape>(DeviceKernels.ExtractIndices);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int PreferredQueryTile { get; }

    /// <summary>The accelerator's own name (for diagnostics and result metadata).</summary>
    public string DeviceName => _accelerator.Name;

    /// <summary>The backend name for an accelerator type.</summary>
    internal static string NameOf(AcceleratorType type) => type switch
    {
        AcceleratorType.Cuda => "ilgpu-cuda",
        AcceleratorType.OpenCL => "ilgpu-opencl",
        AcceleratorType.CPU => "ilgpu-cpu",
        _ => "ilgpu-" + type.ToString().ToUpperInvariant(),
    };

    /// <inheritdoc />
    public void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        KernelArguments.ValidateSort(train, queries, queryStart, queryCount, order.Length);
        Rank(train, queries, queryStart, queryCount, train.Count, order);
    }

    /// <inheritdoc />
    public void NearestNeighbours(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, Span<int> neighbours)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var kept = KernelArguments.ValidateNeighbours(train, queries, queryStart, queryCount, k, neighbours.Length);
        Rank(train, queries, queryStart, queryCount, kept, neighbours);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Bit-identical to the scalar loop <c>sum = 0.0; for k in 0..width-1: sum += left[i, k] * right[j, k]</c>, each
    /// product rounded then added (on CUDA through <c>mul.rn.f64</c>/<c>add.rn.f64</c>, which the assembler may not
    /// fuse). Needs a device with double support; one that lacks it throws <see cref="NotSupportedException"/>.
    /// </remarks>
    public void DotProducts(ReadOnlySpan<double> left, int leftRows, ReadOnlySpan<double> right, int rightRows, int width, Span<double> products)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        KernelArguments.ValidateDotProducts(left.Length, leftRows, right.Length, rightRows, width, products.Length);
        if (leftRows == 0 || rightRows == 0)
        {
            return;
        }

        var count = leftRows * rightRows;
        var leftLength = leftRows * width;
        var rightLength = rightRows * width;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _dotProducts ??= _accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>, DotShape>(DeviceKernels.DotProducts);

            // Never zero-length: width 0 still launches one thread per product, each writing 0.
            _left = Grow(_left, Math.Max(1, leftLength));
            _right = Grow(_right, Math.Max(1, rightLength));
            _products = Grow(_products, count);
            ArrayView<double> leftView = _left.View.SubView(0, Math.Max(1, leftLength));
            ArrayView<double> rightView = _right.View.SubView(0, Math.Max(1, rightLength));
            if (width > 0)
            {
                leftView.SubView(0, leftLength).CopyFromCPU(left[..leftLength]);
                rightView.SubView(0, rightLength).CopyFromCPU(right[..rightLength]);
            }

            ArrayView<double> productView = _products.View.SubView(0, count);
            _dotProducts(count, leftView, rightView, productView, new DotShape(rightRows, width));
            _accelerator.Synchronize();
            productView.CopyToCPU(products[..count]);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Only the n values cross to the host: per tile of at most <see cref="PreferredQueryTile"/> queries the device
    /// computes the distance keys, sorts each query's rows (stable radix sort), runs the recursion and adds the tile's
    /// values to a device accumulator row by row, queries in order; no floating-point atomics, so every run gives the
    /// same bits. Distances and tie order are those of <see cref="SortByDistance"/>.
    /// </remarks>
    public void AddKnnShapley(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, Span<double> values)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        KernelArguments.ValidateKnnShapley(train, queries, queryStart, queryCount, k, values.Length);
        if (queryCount == 0 || train.Count == 0)
        {
            return;
        }

        const int MaxRows = 1 << 30;
        if (train.Count > MaxRows)
        {
            throw new NotSupportedException($"{train.Count} training rows exceed the {MaxRows} a device tile can hold.");
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var trainView = Upload(train);
            _knnShapley ??= new DeviceKnnShapley(_accelerator, _knnChunking);
            var tile = DeviceKnnShapley.TileFor(train.Count, PreferredQueryTile);
            _knnShapley.Add(trainView, train, queries, queryStart, queryCount, k, tile, values);
        }
    }

    /// <summary>Replaces how much work one KNN-Shapley thread owns (tests use tiny chunks so small inputs reach every code path).</summary>
    internal void UseKnnShapleyChunking(KnnShapleyChunking chunking)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _knnShapley?.Dispose();
            _knnShapley = null;
            _knnChunking = chunking;
        }
    }

    /// <summary>Releases the device buffers, the accelerator and the context; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _train?.Dispose();
            _queries?.Dispose();
            _keys?.Dispose();
            _halvedKeys?.Dispose();
            _order?.Dispose();
            _left?.Dispose();
            _right?.Dispose();
            _products?.Dispose();
            _knnShapley?.Dispose();
            _accelerator.Dispose();
            _context.Dispose();
        }
    }

    // The first `kept` entries of each query's order; kept = n is the full sort.
    private void Rank(SampleSet train, SampleSet queries, int queryStart, int queryCount, int kept, Span<int> destination)
    {
        var n = train.Count;
        if (queryCount == 0 || n == 0)
        {
            return;
        }

        const int MaxPadded = 1 << 30;
        if (n > MaxPadded)
        {
            throw new NotSupportedException($"{n} training rows exceed the {MaxPadded} a device key row can hold.");
        }

        var padded = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)n);
        var chunk = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)kept);
        var d = train.FeatureCount;
        var batch = (int)Math.Clamp(Math.Min(MaxKeySlots, int.MaxValue) / padded, 1, PreferredQueryTile);

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var trainView = Upload(train);
            _queries = Grow(_queries, (long)batch * d);
            _keys = Grow(_keys, (long)batch * padded);
            if (chunk < padded)
            {
                _halvedKeys = Grow(_halvedKeys, (long)batch * (padded >> 1));
            }

            _order = Grow(_order, (long)batch * kept);
            for (var done = 0; done < queryCount; done += batch)
            {
                var rows = Math.Min(batch, queryCount - done);
                ArrayView<float> queryView = _queries.View.SubView(0, (long)rows * d);
                queryView.CopyFromCPU(queries.Features.Slice((queryStart + done) * d, rows * d));
                ArrayView<ulong> keyView = _keys.View.SubView(0, (long)rows * padded);
                _distances(rows * padded, trainView, queryView, keyView, new KernelShape(n, d, padded));
                var ranked = SelectSmallest(keyView, rows, padded, chunk);
                ArrayView<int> orderView = _order.View.SubView(0, (long)rows * kept);
                _extractIndices(rows * kept, ranked, orderView, new KernelShape(kept, d, chunk));
                _accelerator.Synchronize();
                orderView.CopyToCPU(destination.Slice(done * kept, rows * kept));
            }
        }
    }

    // Leaves each row's `chunk` smallest keys sorted ascending, in rows of `chunk` keys; returns where they are.
    // chunk = padded is a full bitonic sort. Otherwise chunks of `chunk` keys are sorted ascending and descending in
    // turn, then each neighbouring pair is halved to its smaller keys and re-sorted until one chunk is left.
    private ArrayView<ulong> SelectSmallest(ArrayView<ulong> keys, int rows, int padded, int chunk)
    {
        for (var block = 2; block <= chunk; block <<= 1)
        {
            for (var distance = block >> 1; distance > 0; distance >>= 1)
            {
                _bitonicStep(rows * (padded >> 1), keys, new BitonicStage(padded, block, distance));
            }
        }

        var current = keys;
        var inKeys = true;
        for (var length = padded; length > chunk; length >>= 1)
        {
            var half = length >> 1;
            ArrayView<ulong> target = (inKeys ? _halvedKeys! : _keys!).View.SubView(0, (long)rows * half);
            _keepSmallerHalves(rows * half, current, target, new HalvingStage(length, chunk));
            current = target;
            inKeys = !inKeys;

            // Each chunk is now bitonic: one merge pass sorts it, ascending and descending in turn again
            // (all ascending once a row is a single chunk).
            for (var distance = chunk >> 1; distance > 0; distance >>= 1)
            {
                _bitonicStep(rows * (half >> 1), current, new BitonicStage(half, chunk, distance));
            }
        }

        return current;
    }

    // The training set stays on the device until another instance arrives (estimators tile over one set).
    private ArrayView<float> Upload(SampleSet train)
    {
        if (_train is not null && _trainSet.TryGetTarget(out var cached) && ReferenceEquals(cached, train))
        {
            return _train.View;
        }

        _train?.Dispose();
        _train = null;
        _train = _accelerator.Allocate1D(TransposeToFeatureMajor(train));
        _trainSet.SetTarget(train);
        return _train.View;
    }

    // In blocks of rows over the cores: at a million rows one thread spent longer here than the device on a tile.
    private static unsafe float[] TransposeToFeatureMajor(SampleSet train)
    {
        const int BlockRows = 4096;
        var n = train.Count;
        var d = train.FeatureCount;
        var byFeature = new float[(long)n * d];
        fixed (float* pinned = train.Features)
        {
            // The span cannot be captured by the loop body; the pin holds for the whole synchronous loop.
            var address = (nint)pinned;
            Parallel.For(0, (n + BlockRows - 1) / BlockRows, block =>
            {
                var features = (float*)address;
                var end = Math.Min(n, (block + 1) * BlockRows);
                for (var row = block * BlockRows; row < end; row++)
                {
                    for (var j = 0; j < d; j++)
                    {
                        byFeature[((long)j * n) + row] = features[((long)row * d) + j];
                    }
                }
            });
        }

        return byFeature;
    }

    // Buffers are reused across calls and only grow, so a steady tile size allocates once.
    private MemoryBuffer1D<T, Stride1D.Dense> Grow<T>(MemoryBuffer1D<T, Stride1D.Dense>? buffer, long length)
        where T : unmanaged
    {
        if (buffer is not null && buffer.Length >= length)
        {
            return buffer;
        }

        buffer?.Dispose();
        return _accelerator.Allocate1D<T>(length);
    }
}
