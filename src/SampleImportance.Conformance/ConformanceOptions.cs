using SampleImportance.Abstractions;

namespace SampleImportance.Conformance;

/// <summary>
/// Which checks apply to an estimator, with what parameters and tolerances. Length and finiteness (one finite value
/// per unit, for rows and, when the estimator declares them, groups) always run. The defaults check the whole contract
/// (orientation, determinism, cancellation, budget) and no Shapley property; declare <see cref="Axioms"/> and
/// <see cref="ExactValues"/> for a semivalue estimator.
/// </summary>
public sealed class ConformanceOptions
{
    /// <summary>Estimator parameters for the checks on data (default: none, so the estimator's defaults).</summary>
    public PluginParameters Parameters { get; init; } = PluginParameters.Empty;

    /// <summary>Estimator parameters for the axiom and exact-value checks, which need converged estimates (default: <see cref="Parameters"/>).</summary>
    public PluginParameters? ExactParameters { get; init; }

    /// <summary>The estimator seed every run gets (default 1); determinism reruns with the same seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Orientation (default on): on 16 training rows in two separated blobs, 2 of them with flipped labels, the
    /// flipped rows' mean value must be below the clean rows' mean value minus <see cref="OrientationMargin"/>. Turn
    /// off for estimators that do not read the data's quality (<c>random</c>, <c>label-only</c>).
    /// </summary>
    public bool Orientation { get; init; } = true;

    /// <summary>How far below the clean mean the harmful mean must be (default 0: strictly below).</summary>
    public double OrientationMargin { get; init; }

    /// <summary>Determinism (default on): a fresh instance with the same seed must return bit-identical values.</summary>
    public bool Determinism { get; init; } = true;

    /// <summary>
    /// Cancellation (default on): with a token cancelled before the call the run must end in
    /// <see cref="OperationCanceledException"/>; with the token cancelled at the 3rd operation (utility evaluation,
    /// model creation, backend call or progress report) the run must end in that exception or return valid values, after
    /// at most <see cref="MaxCallsAfterStop"/> further model creations and refused utility calls.
    /// </summary>
    public bool Cancellation { get; init; } = true;

    /// <summary>
    /// Budget (default on): with <see cref="BudgetEvaluations"/> utility evaluations allowed, the host-counted evaluations
    /// never exceed it (the utility refuses the call past it with <see cref="UtilityBudgetExceededException"/>, uncounted,
    /// as the host does); the run must return valid values or let that exception (not another) escape, after at most
    /// <see cref="MaxCallsAfterStop"/> refused calls.
    /// </summary>
    public bool Budget { get; init; } = true;

    /// <summary>Utility evaluations allowed in the budget check (default 5).</summary>
    public long BudgetEvaluations { get; init; } = 5;

    /// <summary>Model creations and refused utility calls tolerated after a stop, for work already in flight (default 16).</summary>
    public int MaxCallsAfterStop { get; init; } = 16;

    /// <summary>The Shapley axioms to check on games (default none).</summary>
    public ShapleyAxioms Axioms { get; init; }

    /// <summary>
    /// Absolute tolerance of the axiom checks (default 0.05; the games' values are in [0, 1]): |Σv − (U(N) − U(∅))|,
    /// max v − min v among symmetric players, and |v| of the null player.
    /// </summary>
    public double AxiomTolerance { get; init; } = 0.05;

    /// <summary>The exact values to converge to (default none): checked on the Castro games and on enumerated data.</summary>
    public SemivalueKind ExactValues { get; init; }

    /// <summary>Check the exact values on the Castro games (default on when <see cref="ExactValues"/> is set).</summary>
    public bool ExactOnGames { get; init; } = true;

    /// <summary>
    /// Castro games (by <see cref="Games.KnownGame.Name"/>) left out of the exact check (default none), for an estimator
    /// whose sampling error scales with a game's utility rather than its marginals, stated with the reason where used.
    /// </summary>
    public IReadOnlyCollection<string> ExcludedGames { get; init; } = [];

    /// <summary>Check the exact values on 8 training rows with the setup's model, enumerating all 256 subsets (default on when <see cref="ExactValues"/> is set).</summary>
    public bool ExactOnData { get; init; } = true;

    /// <summary>
    /// Tolerance on games, relative (default 0.05): max |v − exact| ≤ tolerance × the game's spread × max |exact| (see
    /// <see cref="Games.KnownGame.Spread"/>).
    /// </summary>
    public double GameTolerance { get; init; } = 0.05;

    /// <summary>Tolerance on enumerated data, relative (default 0.1): max |v − exact| ≤ tolerance × max |exact|.</summary>
    public double DataTolerance { get; init; } = 0.1;
}
