using SampleImportance.Abstractions;
using SampleImportance.Conformance.Reference;

namespace SampleImportance.Conformance;

/// <summary>Length, finiteness, groups, orientation and determinism on the kit's data with flipped labels.</summary>
internal static class ContractChecks
{
    /// <summary>The rows whose labels are flipped among <see cref="TrainRows"/> (one of each class; groups 1 and 5).</summary>
    public static readonly int[] HarmfulRows = [3, 10];

    public const int TrainRows = 16;

    public const int ValidationRows = 24;

    public static async Task RunAsync(Harness harness, Recorder recorder)
    {
        var train = ConformanceData.Train(TrainRows, HarmfulRows);
        var validation = ConformanceData.Validation(ValidationRows);
        var rowsSupported = harness.Descriptor.Units.HasFlag(ValueUnits.Rows);
        var units = rowsSupported ? UnitPartition.Rows(train.Count) : Groups(train);
        var harmful = rowsSupported ? HarmfulRows : HarmfulRows.Select(row => row / 2).ToArray();

        var first = await RunOnceAsync(harness, train, validation, units).ConfigureAwait(false);
        recorder.Check("length-and-finiteness", Problems(first, units.Count));
        if (first.Result is null)
        {
            return;
        }

        if (rowsSupported && harness.Descriptor.Units.HasFlag(ValueUnits.Groups))
        {
            var groups = Groups(train);
            var grouped = await RunOnceAsync(harness, train, validation, groups).ConfigureAwait(false);
            recorder.Check("groups", Problems(grouped, groups.Count));
        }

        if (harness.Options.Orientation)
        {
            recorder.Check("orientation", Orientation(first.Result.Values, harmful, harness.Options.OrientationMargin));
        }

        if (harness.Options.Determinism)
        {
            var again = await RunOnceAsync(harness, train, validation, units).ConfigureAwait(false);
            recorder.Check("determinism", Determinism(first.Result.Values, again));
        }
    }

    /// <summary>Problems of an outcome that should have returned one finite value per unit.</summary>
    public static IEnumerable<string> Problems(RunOutcome outcome, int units) =>
        outcome.Error is not null ? [outcome.Describe()] : outcome.ValueProblems(units);

    private static Task<RunOutcome> RunOnceAsync(Harness harness, SampleSet train, SampleSet validation, UnitPartition units) =>
        harness.RunAsync(harness.Context(train, validation, units, harness.Utility(train, validation, units), harness.Options.Parameters));

    private static UnitPartition Groups(SampleSet train) => UnitPartition.ByColumn(ConformanceData.GroupColumn, train.Column(ConformanceData.GroupColumn));

    private static IEnumerable<string> Orientation(IReadOnlyList<double> values, int[] harmful, double margin)
    {
        var bad = harmful.Average(unit => values[unit]);
        var clean = Enumerable.Range(0, values.Count).Except(harmful).Average(unit => values[unit]);
        if (!(bad < clean - margin))
        {
            yield return FormattableString.Invariant(
                $"the units with flipped labels ({string.Join(", ", harmful)}) should score lower: their mean value {bad:G6} is not below the clean units' {clean:G6} by more than {margin:G3} (higher must mean more valuable)");
        }
    }

    private static IEnumerable<string> Determinism(IReadOnlyList<double> first, RunOutcome again)
    {
        if (again.Result is null)
        {
            yield return $"the rerun with the same seed {again.Describe()}";
            yield break;
        }

        for (var unit = 0; unit < first.Count; unit++)
        {
            if (unit >= again.Result.Values.Count || !first[unit].Equals(again.Result.Values[unit]))
            {
                var other = unit < again.Result.Values.Count ? again.Result.Values[unit] : double.NaN;
                yield return FormattableString.Invariant($"the same seed gave different values: unit {unit} was {first[unit]:R}, then {other:R}");
                yield break;
            }
        }
    }
}
