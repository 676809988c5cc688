namespace SampleImportance.Packages.Tests.Support;

/// <summary>
/// A suite that runs in seconds: knn-shapley on 120 synthetic rows with 10% label flips, three seeds, one quality gate.
/// Its <c>k</c> parameter is the knob that makes the estimator worse: the default 5 finds the flips (AUROC about 0.9
/// per seed), while k = 100 values every row alike (AUROC 0.5), a real regression caught by <c>min</c> and <c>max-drop</c>.
/// </summary>
internal static class QualitySuite
{
    /// <summary>The 1-based line of the gate in <see cref="Text"/>.</summary>
    public const int GateLine = 15;

    /// <summary>The 1-based line of the entry in <see cref="Suppressions"/>.</summary>
    public const int SuppressionLine = 3;

    /// <summary>An accepted-regressions file whose one entry covers both checks of the gate for knn-shapley.</summary>
    public static string Suppressions(string expires) => $$"""
        {
          "suppressions": [
            { "cell": "*/*/knn/knn-shapley", "metric": "noisy-detection.auroc", "reason": "k: 100 on purpose while the new default is evaluated", "expires": "{{expires}}" }
          ]
        }

        """;

    public static string Text(int k) => $$"""
        name: packaged-gate
        seeds: [1, 2, 3]
        datasets:
          - id: table
            source: synthetic/tabular
            params: { rows: 120, features: 4 }
            corruption: { kind: label-flip, rate: 0.1 }
        models:
          - { id: knn, plugin: knn, params: { k: 5 } }
        estimators:
          - { id: knn-shapley, plugin: knn-shapley, params: { k: {{k}} } }
        tasks: [noisy-detection]
        timing: { enabled: false }
        gates:
          - { metric: noisy-detection.auroc, estimator: knn-shapley, min: 0.8, max-drop: 0.05 }

        """;
}
