using System.Globalization;

namespace SampleImportance.EndToEnd.Tests.Support;

/// <summary>
/// Eight training and three validation rows for <c>score</c>. Features are small integers, so every squared distance
/// is exact in float and double alike, and several are tied on purpose (validation row (1,1) is at distance 1 from
/// rows 1 and 2, which have different labels), so the tie rule matters.
/// </summary>
internal static class ScoreData
{
    public const int TrainRows = 8;

    public static readonly double[][] TrainFeatures = [[0, 0], [1, 0], [0, 1], [2, 2], [3, 1], [1, 3], [4, 4], [2, 0]];
    public static readonly double[] TrainLabels = [0, 0, 1, 1, 0, 1, 1, 0];
    public static readonly double[][] ValidationFeatures = [[1, 1], [3, 3], [0, 2]];
    public static readonly double[] ValidationLabels = [0, 1, 1];

    public static string TrainCsv => Csv(TrainFeatures, TrainLabels);

    public static string ValidationCsv => Csv(ValidationFeatures, ValidationLabels);

    private static string Csv(double[][] features, double[] labels) =>
        "f1,f2,label\n" + string.Concat(features.Select((row, i) =>
            string.Join(',', row.Append(labels[i]).Select(v => v.ToString(CultureInfo.InvariantCulture))) + "\n"));
}
