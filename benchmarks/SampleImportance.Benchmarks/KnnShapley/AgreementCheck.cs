using System.Globalization;

namespace SampleImportance.Benchmarks.KnnShapley;

/// <summary>Fails loudly when two value vectors differ: a fast wrong answer is worthless, so no timing runs on one.</summary>
internal static class AgreementCheck
{
    /// <summary>Largest accepted |ours − peer|, relative to the peer's largest |value|.</summary>
    public const double RelativeTolerance = 1e-6;

    /// <summary>Throws unless the vectors have the same length and max |a − b| ≤ <see cref="RelativeTolerance"/> × max |b|.
    /// Returns the relative difference found.</summary>
    public static double Require(string what, IReadOnlyList<double> ours, IReadOnlyList<double> peer)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(peer);
        if (ours.Count != peer.Count)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"{what}: ours has {ours.Count} values, the peer {peer.Count}."));
        }

        var scale = 0.0;
        var worst = 0.0;
        var worstIndex = -1;
        for (var i = 0; i < peer.Count; i++)
        {
            scale = Math.Max(scale, Math.Abs(peer[i]));
            var diff = Math.Abs(ours[i] - peer[i]);
            if (!(diff <= worst))
            {
                // NaN lands here too and is reported as the worst difference.
                worst = diff;
                worstIndex = i;
            }
        }

        var relative = scale > 0 ? worst / scale : worst;
        if (!(relative <= RelativeTolerance))
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"{what}: values disagree. Max |ours − peer| = {worst:G6} at row {worstIndex} (ours {ours[worstIndex]:G17}, peer {peer[worstIndex]:G17}), scale {scale:G6}, relative {relative:G6} > {RelativeTolerance:G3}."));
        }

        return relative;
    }
}
