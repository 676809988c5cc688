namespace SampleImportance.Engine.Results;

/// <summary>
/// Turns per-seed cell results into per-group summaries: for each (dataset, corruption, model, estimator)
/// and each metric present in its succeeded cells, the mean over replicates and the 95% Student-t interval of that mean.
/// Every (data seed, estimator seed) pair of a group is one replicate, so <see cref="AggregateResult.Count"/> is up to
/// seeds × estimator seeds; the interval then covers data and estimator variance together. (The replicates of one data
/// seed share their data, so the interval treats them as more independent than they are; per-cell results keep both
/// seeds for an analysis that separates the two.)
/// </summary>
public static class ResultAggregator
{
    /// <summary>Confidence level of the reported interval.</summary>
    public const double Confidence = 0.95;

    /// <summary>
    /// Aggregates succeeded cells; failed, timed-out, skipped and cancelled cells contribute nothing, and
    /// non-finite metric values are ignored. With one value the interval collapses to the mean.
    /// Rows are ordered by dataset, corruption, model, estimator, metric (ordinal), so equal input gives equal output.
    /// </summary>
    public static IReadOnlyList<AggregateResult> Aggregate(IReadOnlyList<CellResult> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);

        var values = new Dictionary<(string Dataset, string Corruption, string Model, string Estimator, string Metric), List<double>>();
        foreach (var cell in cells)
        {
            if (cell.Status != CellStatus.Succeeded)
            {
                continue;
            }

            foreach (var (metric, value) in cell.Metrics)
            {
                if (!double.IsFinite(value))
                {
                    continue;
                }

                var key = (cell.Key.Dataset, cell.Key.Corruption, cell.Key.Model, cell.Key.Estimator, metric);
                if (!values.TryGetValue(key, out var list))
                {
                    list = [];
                    values[key] = list;
                }

                list.Add(value);
            }
        }

        return values
            .OrderBy(p => p.Key.Dataset, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Corruption, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Model, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Estimator, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Metric, StringComparer.Ordinal)
            .Select(p => Summarize(p.Key, p.Value))
            .ToList();
    }

    private static AggregateResult Summarize(
        (string Dataset, string Corruption, string Model, string Estimator, string Metric) key,
        List<double> values)
    {
        var n = values.Count;
        var mean = values.Sum() / n;
        var halfWidth = 0.0;
        if (n > 1)
        {
            // Two-pass variance: the values are already in memory and this avoids cancellation.
            var sumSquares = values.Sum(v => (v - mean) * (v - mean));
            var standardError = Math.Sqrt(sumSquares / (n - 1) / n);
            halfWidth = StudentT.TwoSidedCritical(Confidence, n - 1) * standardError;
        }

        return new AggregateResult(
            key.Dataset, key.Corruption, key.Model, key.Estimator, key.Metric,
            mean, mean - halfWidth, mean + halfWidth, n);
    }
}
