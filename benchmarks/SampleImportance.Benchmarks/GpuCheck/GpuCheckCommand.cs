using System.Diagnostics;
using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Benchmarks.Data;
using SampleImportance.Benchmarks.KnnShapley;
using SampleImportance.Kernels;

namespace SampleImportance.Benchmarks.GpuCheck;

/// <summary>
/// <c>gpu-check</c>: times exact KNN-Shapley (the real plugin through <see cref="IEstimator.EstimateAsync"/>) on the
/// CUDA backend at issue 8's size, checks its values against cpu-simd on a subset of validation rows and that a repeat
/// gives the same bits, times cpu-simd on a reduced set for a ratio, and prints a Markdown table last. Without a GPU (or
/// with <c>--simulator</c>) it runs the same steps on ILGPU's CPU simulator at small sizes, labelled as such. Data is
/// generated in-process from a seed (<see cref="SyntheticRows"/>: Gaussian features on the 1/32 grid, two classes).
/// </summary>
public static class GpuCheckCommand
{
    /// <summary>The first command-line argument that selects this mode.</summary>
    public const string Name = "gpu-check";

    /// <summary>Largest accepted |device − cpu-simd| relative to the largest |cpu-simd| value.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>Runs the check; returns 0 when the values agree and repeat, 1 when not, 2 for bad arguments.</summary>
    /// <param name="args">Options after <see cref="Name"/> (see <see cref="GpuCheckOptions.Parse"/>).</param>
    /// <param name="output">Where progress lines and the final table go.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        GpuCheckOptions options;
        try
        {
            options = GpuCheckOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            output.WriteLine(ex.Message);
            return 2;
        }

        var (device, why) = StartDevice(options.Simulator);
        using (device)
        {
            var simulator = device.Name == "ilgpu-cpu";
            var sizes = options.Resolve(simulator);
            output.WriteLine(Invariant($"// gpu-check on {device.Name}{why}: n_train {sizes.Train}, n_val {sizes.Validation}, d {sizes.Features}, K {sizes.K}, {sizes.Runs} timed runs, check on {sizes.CheckQueries}, cpu-simd on {sizes.CpuQueries} validation rows, seed {sizes.Seed}"));
            return Measure(device, sizes, simulator, output);
        }
    }

    private static int Measure(IComputeBackend device, GpuCheckSizes sizes, bool simulator, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(sizes.Seed);
        var trainRows = SyntheticRows.Create(sizes.Train, sizes.Features, random);
        var validationRows = SyntheticRows.Create(sizes.Validation, sizes.Features, random);
        var validation = validationRows.ToSampleSet();
        output.WriteLine(Invariant($"// data generated in {clock.Elapsed.TotalSeconds:F1} s"));

        // Warm-up: kernel compilation, first allocations, and the device's copy of this training set.
        var train = trainRows.ToSampleSet();
        var warmUp = Time(() => Estimate(train, Head(validationRows, Math.Min(256, sizes.Validation)), device, sizes.K));
        output.WriteLine(Invariant($"// warm-up (kernel compilation + upload) {warmUp:F3} s"));

        // A fresh training set: its first call includes the feature-major copy and the upload.
        var fresh = trainRows.ToSampleSet();
        var firstCall = Time(() => Estimate(fresh, validation, device, sizes.K));
        output.WriteLine(Invariant($"// first call on a fresh training set {firstCall:F3} s"));
        var resident = new double[sizes.Runs];
        for (var r = 0; r < sizes.Runs; r++)
        {
            resident[r] = Time(() => Estimate(fresh, validation, device, sizes.K));
            output.WriteLine(Invariant($"// run {r + 1}: {resident[r]:F3} s"));
        }

        using var cpu = new SimdCpuBackend();
        var checkSet = Head(validationRows, Math.Min(sizes.CheckQueries, sizes.Validation));
        var expected = Estimate(fresh, checkSet, cpu, sizes.K);
        var actual = Estimate(fresh, checkSet, device, sizes.K);
        var repeat = Estimate(fresh, checkSet, device, sizes.K);
        var relative = RelativeDifference(actual, expected);
        var repeats = actual.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(repeat.Select(BitConverter.DoubleToInt64Bits));
        var agrees = relative <= Tolerance;

        var cpuQueries = Math.Min(sizes.CpuQueries, sizes.Validation);
        var cpuSeconds = Time(() => Estimate(fresh, Head(validationRows, cpuQueries), cpu, sizes.K));
        var cpuProjected = cpuSeconds * sizes.Validation / cpuQueries;

        var median = KnnWorkspace.Median(resident);
        var label = simulator ? " (SIMULATOR: no GPU, small sizes, times are not GPU times)" : string.Empty;
        output.WriteLine();
        output.WriteLine(Invariant($"### gpu-check: exact KNN-Shapley, K = {sizes.K}, seed {sizes.Seed}{label}"));
        output.WriteLine();
        output.WriteLine("| Measurement | Backend | n_train × n_val × d | Result |");
        output.WriteLine("|---|---|---|---|");
        var shape = Invariant($"{sizes.Train:N0} × {sizes.Validation:N0} × {sizes.Features}");
        output.WriteLine(Invariant($"| KNN-Shapley, training set resident, median of {sizes.Runs} | {device.Name} | {shape} | {median:F3} s{(simulator ? string.Empty : median <= 2.0 ? " (goal ≤ 2 s: met)" : " (goal ≤ 2 s: MISSED)")} |"));
        output.WriteLine(Invariant($"| KNN-Shapley, first call (transpose + upload included) | {device.Name} | {shape} | {firstCall:F3} s |"));
        output.WriteLine(Invariant($"| KNN-Shapley, reduced validation set | cpu-simd ({Environment.ProcessorCount} cores) | {sizes.Train:N0} × {cpuQueries:N0} × {sizes.Features} | {cpuSeconds:F3} s (≈ {cpuProjected:G3} s at {sizes.Validation:N0}) |"));
        output.WriteLine(Invariant($"| Speed-up, projected cpu-simd ÷ {device.Name} | | {shape} | {cpuProjected / median:G3}× |"));
        output.WriteLine(Invariant($"| Values vs cpu-simd, max abs diff ÷ max abs value | {device.Name} | {sizes.Train:N0} × {checkSet.Count:N0} × {sizes.Features} | {relative:G3} ({(agrees ? "agree" : "DISAGREE")}, tolerance {Tolerance:G1}) |"));
        output.WriteLine(Invariant($"| Repeat gives the same bits | {device.Name} | {sizes.Train:N0} × {checkSet.Count:N0} × {sizes.Features} | {(repeats ? "yes" : "NO")} |"));
        return agrees && repeats ? 0 : 1;
    }

    // CUDA unless the simulator is asked for or no CUDA device starts; the reason is printed with the backend name.
    private static (IComputeBackend Backend, string Why) StartDevice(bool simulator)
    {
        if (simulator)
        {
            return (ComputeBackendFactory.Create(ComputeDevices.IlgpuCpu), " (--simulator)");
        }

        try
        {
            var cuda = ComputeBackendFactory.Create(ComputeDevices.Cuda);
            return (cuda, cuda is IlgpuBackend ilgpu ? $" ({ilgpu.DeviceName})" : string.Empty);
        }
        catch (ComputeBackendUnavailableException ex)
        {
            return (ComputeBackendFactory.Create(ComputeDevices.IlgpuCpu), $" (no CUDA device: {ex.Message})");
        }
    }

    private static double[] Estimate(SampleSet train, SampleSet validation, IComputeBackend backend, int k) =>
        [.. OurKnnShapley.EstimateAsync(train, validation, backend, k).GetAwaiter().GetResult().Values];

    private static SampleSet Head(LabelledRows rows, int count) =>
        new(rows.Features[..(count * rows.FeatureCount)], rows.FeatureCount, rows.Labels[..count]);

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    private static double RelativeDifference(double[] actual, double[] expected)
    {
        var scale = 0.0;
        var worst = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            scale = Math.Max(scale, Math.Abs(expected[i]));
            var diff = Math.Abs(actual[i] - expected[i]);
            worst = double.IsNaN(diff) ? double.PositiveInfinity : Math.Max(worst, diff);
        }

        return scale > 0 ? worst / scale : worst;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
