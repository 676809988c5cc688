using SampleImportance.Abstractions;
using SampleImportance.Conformance.Games;
using SampleImportance.Conformance.Reference;

namespace SampleImportance.Conformance;

/// <summary>Agreement with exact Shapley or Banzhaf values on the Castro games and on enumerated tiny data.</summary>
internal static class ExactChecks
{
    /// <summary>Training rows of the enumerated-data check (2^8 = 256 model fits).</summary>
    public const int DataPlayers = 8;

    public static async Task RunAsync(Harness harness, Recorder recorder)
    {
        var kind = harness.Options.ExactValues;
        if (kind == SemivalueKind.None)
        {
            return;
        }

        if (harness.Options.ExactOnGames)
        {
            var problems = new List<string>();
            foreach (var known in KnownGames.Castro().Where(g => !harness.Options.ExcludedGames.Contains(g.Name)))
            {
                var exact = kind == SemivalueKind.Shapley ? known.Shapley : known.Banzhaf;
                var tolerance = harness.Options.GameTolerance * known.Spread * exact.Max(Math.Abs);
                problems.AddRange(await AxiomChecks.OnGameAsync(harness, known.Create(), values => Compare(known.Name, values, exact, tolerance)).ConfigureAwait(false));
            }

            recorder.Check("exact-games", problems);
        }

        if (harness.Options.ExactOnData)
        {
            var train = ConformanceData.Train(DataPlayers, [3]);
            var validation = ConformanceData.Validation(12);
            var units = UnitPartition.Rows(DataPlayers);
            var oracle = harness.Utility(train, validation, units);
            var exact = kind == SemivalueKind.Shapley ? ExactValues.Shapley(oracle) : ExactValues.Banzhaf(oracle);
            var tolerance = harness.Options.DataTolerance * exact.Max(Math.Abs);
            var context = harness.Context(train, validation, units, harness.Utility(train, validation, units), harness.Options.ExactParameters ?? harness.Options.Parameters);
            var outcome = await harness.RunAsync(context).ConfigureAwait(false);
            var problems = ContractChecks.Problems(outcome, DataPlayers).ToList();
            recorder.Check("exact-data", problems.Count > 0 ? problems : Compare($"{DataPlayers} enumerated rows", [.. outcome.Result!.Values], exact, tolerance));
        }
    }

    private static IEnumerable<string> Compare(string name, double[] values, IReadOnlyList<double> exact, double tolerance)
    {
        var worst = Enumerable.Range(0, exact.Count).MaxBy(i => Math.Abs(values[i] - exact[i]));
        var error = Math.Abs(values[worst] - exact[worst]);
        if (!(error <= tolerance))
        {
            yield return FormattableString.Invariant(
                $"on {name} the largest error is {error:G4} at player {worst} ({values[worst]:G6} vs exact {exact[worst]:G6}), over the tolerance {tolerance:G4}");
        }
    }
}
