using System.Globalization;
using CsCheck;
using SampleImportance.Properties.Tests.Generation;
using SampleImportance.Properties.Tests.Support;

namespace SampleImportance.Properties.Tests;

/// <summary>
/// Issue 5's property: every suite knob at its edges either fails validation with file, line and a fix, or runs and
/// reports finite numbers with no cell lost and no unhandled exception.
/// </summary>
public sealed class SuiteKnobPropertyTests(PluginFixture plugins) : IClassFixture<PluginFixture>
{
    /// <summary>
    /// Cases are drawn from one fixed CsCheck stream so CI runs the same suites every time; a failure prints each failing
    /// suite with its own seed, which <c>SuiteCaseGen.Suite.Sample(check, seed: "...", iter: 1)</c> replays.
    /// SAMPLEIMPORTANCE_PROPERTY_CASES and SAMPLEIMPORTANCE_PROPERTY_SEED (a number) explore further locally.
    /// </summary>
    [Fact]
    public void Every_generated_suite_either_fails_validation_with_locations_or_records_every_cell_with_finite_numbers()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("SAMPLEIMPORTANCE_PROPERTY_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 100;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("SAMPLEIMPORTANCE_PROPERTY_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261202UL;
        var pcg = new PCG(5, seed);
        var failures = new List<string>();
        var outcomes = new Dictionary<SuiteOutcome, int>();
        for (var i = 0; i < cases; i++)
        {
            var state = pcg.State;
            var suite = SuiteCaseGen.Suite.Generate(pcg, null, out _);
            try
            {
                var outcome = SuiteCaseCheck.Check(suite, plugins.Catalog);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
            catch (Exception ex)
            {
                failures.Add($"case {i} (seed \"{pcg.ToString(state)}\"):\n{suite}\n{ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} generated suites broke the property:\n\n{string.Join("\n\n", failures)}");

        // The generator must exercise both sides, or the property holds vacuously.
        var summary = string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}"));
        Assert.True(outcomes.GetValueOrDefault(SuiteOutcome.Ran) >= cases / 4, "Too few generated suites ran: " + summary);
        Assert.True(outcomes.GetValueOrDefault(SuiteOutcome.Invalid) >= 1, "No generated suite failed validation: " + summary);
    }
}
