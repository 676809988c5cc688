using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Slowable;

/// <summary>
/// Values each row unit at the mean Gaussian-kernel similarity of its rows to the validation rows, computed
/// <c>passes × (1 + slowdown)</c> times over. The repeats are the same real CPU work (not a sleep), so a slowdown
/// competes for the CPU like a real regression would; the values come from the last pass and are identical whatever
/// the slowdown, so quality gates are unaffected.
/// </summary>
/// <remarks>
/// The slowdown also comes from the environment variable <see cref="SlowdownVariable"/> and from a file
/// <see cref="SlowdownFileName"/> beside this assembly, both added to the parameter: a parameter is recorded in the cell's
/// setup, so a baseline compare reports the cell as changed (incomparable) instead of timing it; the variable and the file
/// stand in for a code change that keeps the suite as it was. The file makes one copy of the plugin folder a slower
/// "build" while another copy, loaded in the same process as an interleaved timing reference, stays as it was.
/// </remarks>
public sealed class SlowableEstimator : IEstimator
{
    /// <summary>Environment variable with an extra slowdown (e.g. 0.3), not recorded in the run's setup.</summary>
    public const string SlowdownVariable = "SAMPLEIMPORTANCE_TEST_SLOWDOWN";

    /// <summary>File beside the assembly whose number (e.g. 0.3) is an extra slowdown of this copy of the plugin.</summary>
    public const string SlowdownFileName = "slowdown.txt";

    public EstimatorDescriptor Describe() => new(
        "test-slowable",
        "Test estimator: mean kernel similarity to the validation rows, recomputed passes × (1 + slowdown) times.",
        EstimatorRequirements.None,
        ValueUnits.Rows,
        [
            new ParameterDescriptor("passes", ParameterKind.Integer, "100", "Times the similarities are computed (default 100).", 1, 1_000_000),
            new ParameterDescriptor("slowdown", ParameterKind.Number, "0", "Extra work as a fraction: 0.3 computes 30% more passes (default 0).", 0, 100),
        ]);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var slowdown = context.Parameters.GetDouble("slowdown", 0) + EnvironmentSlowdown() + FileSlowdown();
        var passes = Passes(context.Parameters.GetInt32("passes", 100), slowdown);
        var train = context.Train;
        var validation = context.Validation;
        var values = new double[context.Units.Count];
        for (var pass = 0; pass < passes; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var unit = 0; unit < values.Length; unit++)
            {
                var rows = context.Units.RowsOf(unit);
                var sum = 0.0;
                foreach (var row in rows)
                {
                    sum += MeanSimilarity(train.Row(row), validation);
                }

                values[unit] = rows.Length == 0 ? 0 : sum / rows.Length;
            }
        }

        var pairs = (long)train.Count * validation.Count;
        var work = passes * pairs;
        return Task.FromResult(new ImportanceResult(values, notes:
        [
            string.Create(CultureInfo.InvariantCulture, $"work units: {work} ({passes} passes × {pairs} train-validation pairs)"),
        ]));
    }

    /// <summary>Passes for a base count and a slowdown fraction: round(passes × (1 + slowdown)), at least 1.</summary>
    public static int Passes(int passes, double slowdown) =>
        Math.Max(1, (int)Math.Round(passes * (1 + slowdown), MidpointRounding.AwayFromZero));

    private static double EnvironmentSlowdown()
    {
        var text = Environment.GetEnvironmentVariable(SlowdownVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        // A typo must not silently time the unchanged estimator.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && double.IsFinite(value)
            ? value
            : throw new InvalidOperationException($"{SlowdownVariable}='{text}' is not a number ≥ 0.");
    }

    private static double FileSlowdown()
    {
        var folder = Path.GetDirectoryName(typeof(SlowableEstimator).Assembly.Location);
        var path = folder is null ? null : Path.Combine(folder, SlowdownFileName);
        if (path is null || !File.Exists(path))
        {
            return 0;
        }

        var text = File.ReadAllText(path).Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && double.IsFinite(value)
            ? value
            : throw new InvalidOperationException($"{path} holds '{text}', not a number ≥ 0.");
    }

    private static double MeanSimilarity(ReadOnlySpan<float> row, SampleSet validation)
    {
        if (validation.Count == 0)
        {
            return 0;
        }

        var total = 0.0;
        for (var other = 0; other < validation.Count; other++)
        {
            var theirs = validation.Row(other);
            var squared = 0.0;
            for (var f = 0; f < row.Length; f++)
            {
                var d = row[f] - (double)theirs[f];
                squared += d * d;
            }

            total += Math.Exp(-squared / Math.Max(1, row.Length));
        }

        return total / validation.Count;
    }
}
