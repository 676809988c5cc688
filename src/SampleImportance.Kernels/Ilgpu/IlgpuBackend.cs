using ILGPU;
using ILGPU.Runtime;
using SampleImportance.Abstractions;

namespace SampleImportance.Kernels;

/// <summary>
/// An ILGPU backend (<c>ilgpu-cuda</c>, <c>ilgpu-opencl</c> or <c>ilgpu-cpu</c>): a distance kernel writes
/// composite (distance bits, index) keys per query row, padded to a power of two; a bitonic network sorts
/// every row on the device; a last kernel keeps the indices. Owns its ILGPU context and accelerator:
/// dispose it. Calls are serialised (one accelerator stream). Create it through <see cref="ComputeBackendFactory"/>.
/// </summary>
public sealed class IlgpuBackend : IComputeBackend, IDisposable
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
    private readonly Action<Index1D, ArrayView<ulong>, ArrayView<int>, KernelShape> _extractIndices;
    private readonly Lock _gate = new();
    private readonly WeakReference<SampleSet?> _trainSet = new(null);
    private MemoryBuffer1D<float, Stride1D.Dense>? _train;
    private MemoryBuffer1D<float, Stride1D.Dense>? _queries;
    private MemoryBuffer1D<ulong, Stride1D.Dense>? _keys;
    private MemoryBuffer1D<int, Stride1D.Dense>? _order;
    private bool _disposed;

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
        SortRequest.Validate(train, queries, queryStart, queryCount, order.Length);
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
        var d = train.FeatureCount;
        var batch = (int)Math.Clamp(Math.Min(MaxKeySlots, int.MaxValue) / padded, 1, PreferredQueryTile);

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var trainView = Upload(train);
            EnsureBuffers(batch, padded, n, d);
            var shape = new KernelShape(n, d, padded);
            for (var done = 0; done < queryCount; done += batch)
            {
                var rows = Math.Min(batch, queryCount - done);
                ArrayView<float> queryView = _queries!.View.SubView(0, (long)rows * d);
                queryView.CopyFromCPU(queries.Features.Slice((queryStart + done) * d, rows * d));
                ArrayView<ulong> keyView = _keys!.View.SubView(0, (long)rows * padded);
                _distances(rows * padded, trainView, queryView, keyView, shape);
                for (var block = 2; block <= padded; block <<= 1)
                {
                    for (var distance = block >> 1; distance > 0; distance >>= 1)
                    {
                        _bitonicStep(rows * (padded >> 1), keyView, new BitonicStage(padded, block, distance));
                    }
                }

                ArrayView<int> orderView = _order!.View.SubView(0, (long)rows * n);
                _extractIndices(rows * n, keyView, orderView, shape);
                _accelerator.Synchronize();
                orderView.CopyToCPU(order.Slice(done * n, rows * n));
            }
        }
    }

    /// <summary>Releases the device buffers, the accelerator and the context.</summary>
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
            _order?.Dispose();
            _accelerator.Dispose();
            _context.Dispose();
        }
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
        var n = train.Count;
        var d = train.FeatureCount;
        var byFeature = new float[(long)n * d];
        var features = train.Features;
        for (var row = 0; row < n; row++)
        {
            var source = features.Slice(row * d, d);
            for (var j = 0; j < d; j++)
            {
                byFeature[((long)j * n) + row] = source[j];
            }
        }

        _train = _accelerator.Allocate1D(byFeature);
        _trainSet.SetTarget(train);
        return _train.View;
    }

    // Buffers are reused across calls and only grow, so a steady tile size allocates once.
    private void EnsureBuffers(int batch, int padded, int n, int d)
    {
        _queries = Grow(_queries, (long)batch * d);
        _keys = Grow(_keys, (long)batch * padded);
        _order = Grow(_order, (long)batch * n);
    }

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
