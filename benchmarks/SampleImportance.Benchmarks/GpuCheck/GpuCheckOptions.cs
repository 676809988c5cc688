using System.Globalization;

namespace SampleImportance.Benchmarks.GpuCheck;

/// <summary>
/// What <c>gpu-check</c> runs. The defaults are issue 8's GPU case (1,000,000 × 10,000 × 64, K = 10) on CUDA; with
/// <c>--simulator</c>, or when no CUDA device starts, sizes shrink to what ILGPU's CPU simulator finishes in seconds.
/// Any size given explicitly wins over both.
/// </summary>
public sealed class GpuCheckOptions
{
    /// <summary>Training rows valued (default 1,000,000; 3,000 on the simulator).</summary>
    public int? Train { get; set; }

    /// <summary>Validation rows averaged over (default 10,000; 24 on the simulator).</summary>
    public int? Validation { get; set; }

    /// <summary>Features per row (default 64; 16 on the simulator).</summary>
    public int? Features { get; set; }

    /// <summary>Neighbours K (default 10).</summary>
    public int K { get; set; } = 10;

    /// <summary>Timed runs after the warm-up (default 3; 2 on the simulator).</summary>
    public int? Runs { get; set; }

    /// <summary>Validation rows both backends compute for the agreement check (default 100; 24 on the simulator).</summary>
    public int? CheckQueries { get; set; }

    /// <summary>Validation rows cpu-simd is timed on for the speed ratio (default 500; 24 on the simulator).</summary>
    public int? CpuQueries { get; set; }

    /// <summary>Seed of the generated data (default 20260801).</summary>
    public int Seed { get; set; } = 20260801;

    /// <summary>Use ILGPU's CPU simulator even when a GPU is present.</summary>
    public bool Simulator { get; set; }

    /// <summary>Parses <c>--simulator</c>, <c>--train N</c>, <c>--validation N</c>, <c>--features N</c>, <c>--k N</c>,
    /// <c>--runs N</c>, <c>--check N</c>, <c>--cpu-queries N</c>, <c>--seed N</c>.</summary>
    /// <exception cref="ArgumentException">An unknown flag or a value that is not a positive integer.</exception>
    public static GpuCheckOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new GpuCheckOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            if (flag == "--simulator")
            {
                options.Simulator = true;
                continue;
            }

            var value = i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                ? parsed
                : throw new ArgumentException($"{flag} needs a positive integer.", nameof(args));
            i++;
            switch (flag)
            {
                case "--train": options.Train = value; break;
                case "--validation": options.Validation = value; break;
                case "--features": options.Features = value; break;
                case "--k": options.K = value; break;
                case "--runs": options.Runs = value; break;
                case "--check": options.CheckQueries = value; break;
                case "--cpu-queries": options.CpuQueries = value; break;
                case "--seed": options.Seed = value; break;
                default: throw new ArgumentException($"Unknown gpu-check option '{flag}'.", nameof(args));
            }
        }

        return options;
    }

    /// <summary>The sizes to run: explicit values, else the GPU or simulator defaults.</summary>
    internal GpuCheckSizes Resolve(bool simulator) => simulator
        ? new(Train ?? 3_000, Validation ?? 24, Features ?? 16, K, Runs ?? 2, CheckQueries ?? 24, CpuQueries ?? 24, Seed)
        : new(Train ?? 1_000_000, Validation ?? 10_000, Features ?? 64, K, Runs ?? 3, CheckQueries ?? 100, CpuQueries ?? 500, Seed);
}
