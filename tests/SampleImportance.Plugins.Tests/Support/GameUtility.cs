using SampleImportance.Abstractions;
using SampleImportance.Conformance.Games;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>A cooperative game as a utility: U(S) = <c>game</c>(S), counted like the host's utility; no model behind it.</summary>
internal sealed class GameUtility(int players, Func<int[], double> game) : CountedUtility(players, Game.GameMetric)
{
    protected override double Compute(ReadOnlySpan<int> units) => game(units.ToArray());

    /// <summary>A context whose utility is the game (the model-free members are placeholders the estimator must not need).</summary>
    public static EstimationContext Context(IEstimator estimator, int players, Func<int[], double> game, PluginParameters parameters, int seed = 1)
    {
        var rows = new SampleSet(new float[players], 1, new double[players]);
        var context = Contexts.Create(estimator, rows, rows, new SampleImportance.Tests.Shared.MeanScoreModelFactory(), parameters, seed: seed);
        return new EstimationContext
        {
            Train = context.Train,
            Validation = context.Validation,
            Units = context.Units,
            Utility = new GameUtility(players, game),
            Model = context.Model,
            CreateModel = context.CreateModel,
            Compute = context.Compute,
            Parameters = context.Parameters,
            Seed = seed,
        };
    }
}
