using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.Influence;

/// <summary>Options of the <c>influence</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class InfluenceOptions
{
    /// <summary>Exact when the model writes its Hessian and p is at most <see cref="AutoExactLimit"/>, else conjugate gradient.</summary>
    public const string Auto = "auto";

    /// <summary>Cholesky factorisation of the full p × p Hessian.</summary>
    public const string Exact = "exact";

    /// <summary>Conjugate gradient on Hessian–vector products.</summary>
    public const string ConjugateGradient = "cg";

    /// <summary>LiSSA (Agarwal et al. 2017): the stochastic Neumann series Koh and Liang use.</summary>
    public const string Lissa = "lissa";

    /// <summary>The largest p <c>auto</c> factors exactly: p³/3 ≈ 4·10⁸ flops, well under a second.</summary>
    public const int AutoExactLimit = 1024;

    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<InfluenceOptions> Binder { get; } = new OptionsBinder<InfluenceOptions>()
        .Text(
            "solver",
            o => o.Solver,
            (o, v) => o.Solver = v,
            "How (H + λI)⁻¹∇L_val is computed: 'auto' (default; exact when the model writes its Hessian and p ≤ 1024, else cg), 'exact' (Cholesky of the Hessian), 'cg' (conjugate gradient on Hessian–vector products), 'lissa' (stochastic Neumann series, Agarwal et al. 2017, as in Koh and Liang's code).",
            [Auto, Exact, ConjugateGradient, Lissa])
        .Number(
            "damping",
            o => o.Damping,
            (o, v) => o.Damping = v,
            "λ added to the Hessian's diagonal, in the units of the summed training objective (default 0: the models' own L2 penalty already makes their Hessians positive definite; raise it for a singular or non-convex one).",
            minimum: 0,
            maximum: 1e12)
        .Number(
            "cg-tolerance",
            o => o.CgTolerance,
            (o, v) => o.CgTolerance = v,
            "cg stops when ‖(H + λI)x − ∇L_val‖ ≤ tolerance × ‖∇L_val‖ (default 1e-10).",
            minimum: 0,
            maximum: 1)
        .Integer("cg-max-iterations", o => o.CgMaxIterations, (o, v) => o.CgMaxIterations = v, "Most conjugate-gradient iterations (default 1000; exact arithmetic needs at most p).", minimum: 1, maximum: 1_000_000)
        .Integer("lissa-depth", o => o.LissaDepth, (o, v) => o.LissaDepth = v, "LiSSA recursion depth: Hessian–vector products per repeat (default 1000).", minimum: 1, maximum: 10_000_000)
        .Integer("lissa-repeats", o => o.LissaRepeats, (o, v) => o.LissaRepeats = v, "Independent LiSSA recursions averaged (default 1, as Koh and Liang's num_samples).", minimum: 1, maximum: 10_000)
        .Number(
            "lissa-scale",
            o => o.LissaScale,
            (o, v) => o.LissaScale = v,
            "s in x ← v + x − (H + λI)x/s; it must exceed the largest eigenvalue of H + λI for the series to converge (default 0: automatic, 1.5 × a 30-step power-iteration estimate).",
            minimum: 0,
            maximum: 1e300)
        .Integer(
            "lissa-batch-size",
            o => o.LissaBatchSize,
            (o, v) => o.LissaBatchSize = v,
            "Training rows sampled (seeded, without replacement) per LiSSA step, their Hessian scaled by n/batch (default 0: every row, the deterministic Neumann series). Sampling assumes a row-separable loss: use cg or exact for linear-ranker.",
            minimum: 0,
            maximum: int.MaxValue);

    /// <summary>auto, exact, cg or lissa. Default auto.</summary>
    public string Solver { get; set; } = Auto;

    /// <summary>λ added to the Hessian's diagonal. Default 0.</summary>
    public double Damping { get; set; }

    /// <summary>Relative residual at which cg stops. Default 1e-10.</summary>
    public double CgTolerance { get; set; } = 1e-10;

    /// <summary>Most cg iterations. Default 1000.</summary>
    public int CgMaxIterations { get; set; } = 1000;

    /// <summary>LiSSA recursion depth. Default 1000.</summary>
    public int LissaDepth { get; set; } = 1000;

    /// <summary>LiSSA repeats averaged. Default 1.</summary>
    public int LissaRepeats { get; set; } = 1;

    /// <summary>LiSSA scale s; 0 picks it automatically. Default 0.</summary>
    public double LissaScale { get; set; }

    /// <summary>Rows per LiSSA step; 0 means every row. Default 0.</summary>
    public int LissaBatchSize { get; set; }
}
