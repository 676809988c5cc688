namespace SampleImportance.Plugins.Estimators.Ame;

/// <summary>
/// Picks the LASSO penalty by k-fold cross-validation as scikit-learn's <c>LassoCV</c> (which OpenDataVal's AME uses):
/// penalties log-spaced from λ_max down to λ_max/1000, contiguous folds without shuffling (so no randomness), the λ of
/// the lowest mean held-out squared error (ties to the larger λ), then a warm-started path on every sample.
/// </summary>
internal static class LassoPenalty
{
    /// <summary>The coefficients at the cross-validated penalty, and that penalty.</summary>
    public static (double[] Coefficients, double Penalty) CrossValidated(Lasso lasso, int samples, int folds, int alphas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lasso);
        var all = Enumerable.Range(0, samples).ToArray();
        var max = lasso.MaxPenalty(all);
        var grid = new double[alphas];
        for (var a = 0; a < alphas; a++)
        {
            grid[a] = max * Math.Pow(10, alphas == 1 ? 0 : -3.0 * a / (alphas - 1));
        }

        var error = new double[alphas];
        for (var f = 0; f < folds; f++)
        {
            var start = f * samples / folds;
            var end = (f + 1) * samples / folds;
            var heldOut = all[start..end];
            var fitted = all[..start].Concat(all[end..]).ToArray();
            var path = lasso.Path(fitted, grid, cancellationToken);
            for (var a = 0; a < alphas; a++)
            {
                error[a] += lasso.MeanSquaredError(fitted, path[a], heldOut) / folds;
            }
        }

        var best = 0;
        for (var a = 1; a < alphas; a++)
        {
            if (error[a] < error[best])
            {
                best = a;
            }
        }

        var final = lasso.Path(all, grid[..(best + 1)], cancellationToken);
        return (final[best], grid[best]);
    }

    /// <summary>The coefficients at a fixed penalty.</summary>
    public static double[] Fixed(Lasso lasso, int samples, double penalty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lasso);
        return lasso.Path([.. Enumerable.Range(0, samples)], [penalty], cancellationToken)[0];
    }
}
