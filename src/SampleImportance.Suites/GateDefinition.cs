namespace SampleImportance.Suites;

/// <summary>
/// One quality or speed gate from a suite's <c>gates:</c> list. A gate selects aggregate rows by metric
/// (and optionally estimator, model, dataset ids) and judges each selected row.
/// </summary>
/// <param name="Metric">Metric name, e.g. <c>noisy-detection.auroc</c> or <c>time.median</c>.</param>
/// <param name="Estimator">Estimator id filter, or null for every estimator.</param>
/// <param name="Model">Model id filter, or null.</param>
/// <param name="Dataset">Dataset id filter, or null.</param>
/// <param name="Min">The current mean must be at least this.</param>
/// <param name="Max">The current mean must be at most this.</param>
/// <param name="MaxDrop">Allowed drop from the baseline mean (absolute units of the metric).</param>
/// <param name="MaxIncrease">Allowed increase over the baseline mean.</param>
/// <param name="MaxIncreaseIsRelative">True when <paramref name="MaxIncrease"/> was written as a percentage (stored as a fraction: 10% = 0.1).</param>
/// <param name="File">Suite file the gate was written in.</param>
/// <param name="Line">1-based line of the gate in <paramref name="File"/>.</param>
/// <param name="Column">1-based column.</param>
public sealed record GateDefinition(
    string Metric,
    string? Estimator,
    string? Model,
    string? Dataset,
    double? Min,
    double? Max,
    double? MaxDrop,
    double? MaxIncrease,
    bool MaxIncreaseIsRelative,
    string File,
    int Line,
    int Column);
