using SampleImportance.Abstractions;
using SampleImportance.Conformance.Reference;

namespace SampleImportance.Conformance;

/// <summary>Cancellation (before and during a run) and the utility-evaluation budget.</summary>
internal static class StopChecks
{
    /// <summary>The operation at which the run's token is cancelled in the check during a run.</summary>
    public const int CancelAtOperation = 3;

    public static async Task RunAsync(Harness harness, Recorder recorder)
    {
        var train = ConformanceData.Train(ContractChecks.TrainRows, ContractChecks.HarmfulRows);
        var validation = ConformanceData.Validation(ContractChecks.ValidationRows);
        var units = harness.Descriptor.Units.HasFlag(ValueUnits.Rows)
            ? UnitPartition.Rows(train.Count)
            : UnitPartition.ByColumn(ConformanceData.GroupColumn, train.Column(ConformanceData.GroupColumn));
        if (harness.Options.Cancellation)
        {
            recorder.Check("cancellation-before", await CancelledBeforeAsync(harness, train, validation, units).ConfigureAwait(false));
            recorder.Check("cancellation-during", await CancelledDuringAsync(harness, train, validation, units).ConfigureAwait(false));
        }

        if (harness.Options.Budget)
        {
            recorder.Check("budget", await BudgetAsync(harness, train, validation, units).ConfigureAwait(false));
        }
    }

    private static async Task<IEnumerable<string>> CancelledBeforeAsync(Harness harness, SampleSet train, SampleSet validation, UnitPartition units)
    {
        using var source = new CancellationTokenSource();
        await source.CancelAsync().ConfigureAwait(false);
        var utility = harness.Utility(train, validation, units);
        utility.CancellationToken = source.Token;
        var probe = new OperationProbe();
        var outcome = await harness.RunAsync(harness.Context(train, validation, units, utility, harness.Options.Parameters, probe: probe), source.Token).ConfigureAwait(false);
        var problems = new List<string>();
        if (outcome.Error is not OperationCanceledException)
        {
            problems.Add($"with a token cancelled before the call the run should throw OperationCanceledException, but it {outcome.Describe()}");
        }

        if (probe.ModelsCreated + utility.Evaluations > 1)
        {
            problems.Add($"with a token cancelled before the call the run still created {probe.ModelsCreated} models and made {utility.Evaluations} utility evaluations (at most one is allowed before checking the token)");
        }

        return problems;
    }

    private static async Task<IEnumerable<string>> CancelledDuringAsync(Harness harness, SampleSet train, SampleSet validation, UnitPartition units)
    {
        using var source = new CancellationTokenSource();
        var utility = harness.Utility(train, validation, units);
        utility.CancellationToken = source.Token;
        var probe = new OperationProbe();
        long modelsAtCancel = -1;
        probe.OnOperation = operations =>
        {
            if (operations == CancelAtOperation)
            {
                modelsAtCancel = probe.ModelsCreated;
                source.Cancel();
            }
        };
        utility.BeforeEvaluate = _ => probe.Tick();
        var outcome = await harness.RunAsync(harness.Context(train, validation, units, utility, harness.Options.Parameters, probe: probe), source.Token).ConfigureAwait(false);
        if (!source.IsCancellationRequested)
        {
            // Too little work to reach the cancellation point: nothing to honour, and the run's values are checked elsewhere.
            return [];
        }

        var problems = new List<string>();
        if (outcome.Error is not null and not OperationCanceledException)
        {
            problems.Add($"cancelled part-way, the run should throw OperationCanceledException or return what it has, but it {outcome.Describe()}");
        }

        problems.AddRange(outcome.ValueProblems(units.Count).Select(p => $"cancelled part-way, the returned values are wrong: {p}"));
        var after = probe.ModelsCreated - modelsAtCancel + utility.Refused;
        if (after > harness.Options.MaxCallsAfterStop)
        {
            problems.Add($"after the token was cancelled the run created {probe.ModelsCreated - modelsAtCancel} more models and asked for {utility.Refused} refused utility evaluations (at most {harness.Options.MaxCallsAfterStop} in all are tolerated)");
        }

        return problems;
    }

    private static async Task<IEnumerable<string>> BudgetAsync(Harness harness, SampleSet train, SampleSet validation, UnitPartition units)
    {
        var budget = harness.Options.BudgetEvaluations;
        var utility = harness.Utility(train, validation, units);
        utility.Budget = budget;
        var outcome = await harness.RunAsync(harness.Context(train, validation, units, utility, harness.Options.Parameters, budget)).ConfigureAwait(false);
        var problems = new List<string>();
        if (outcome.Error is not null and not UtilityBudgetExceededException)
        {
            problems.Add($"with a budget of {budget} utility evaluations the run should return values or let UtilityBudgetExceededException escape (the host records that cell as out of budget), but it {outcome.Describe()}");
        }

        problems.AddRange(outcome.ValueProblems(units.Count).Select(p => $"with a budget of {budget} evaluations the returned values are wrong: {p}"));
        if (utility.Evaluations > budget)
        {
            problems.Add($"the host counted {utility.Evaluations} utility evaluations, over the budget of {budget}");
        }

        if (utility.Refused > harness.Options.MaxCallsAfterStop)
        {
            problems.Add($"the run kept asking after the budget was spent: {utility.Refused} refused evaluations (at most {harness.Options.MaxCallsAfterStop} tolerated)");
        }

        return problems;
    }
}
