using System.Numerics;
using SampleImportance.Abstractions;

namespace SampleImportance.Kernels;

/// <summary>
/// The training matrix re-laid for SIMD: rows in panels of <see cref="Width"/> (two vectors), each panel
/// feature-major, so one load brings feature j of many rows while each lane still sums j = 0..d-1 in order.
/// The last panel is padded with zero rows whose keys are never read.
/// </summary>
internal sealed class PanelMatrix
{
    private PanelMatrix(float[] data, int rowCount, int featureCount, int panelCount)
    {
        Data = data;
        RowCount = rowCount;
        FeatureCount = featureCount;
        PanelCount = panelCount;
    }

    /// <summary>Rows per panel: two hardware vectors, so each feature load feeds two accumulators per query.</summary>
    public static int Width => 2 * Vector<float>.Count;

    /// <summary>Panel p, feature j, lane l lives at ((p × d) + j) × Width + l.</summary>
    public float[] Data { get; }

    /// <summary>Real (unpadded) rows.</summary>
    public int RowCount { get; }

    /// <summary>Features per row.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of panels; PanelCount × Width ≥ RowCount.</summary>
    public int PanelCount { get; }

    /// <summary>Rows including padding.</summary>
    public int PaddedRowCount => PanelCount * Width;

    /// <summary>Builds the panel layout of a sample set's features.</summary>
    public static PanelMatrix From(SampleSet set)
    {
        var width = Width;
        var d = set.FeatureCount;
        var n = set.Count;
        var panelCount = (n + width - 1) / width;
        var data = new float[(long)panelCount * width * d];
        var features = set.Features;
        for (var row = 0; row < n; row++)
        {
            var panel = row / width;
            var lane = row - (panel * width);
            var source = features.Slice(row * d, d);
            var at = ((long)panel * d * width) + lane;
            for (var j = 0; j < d; j++, at += width)
            {
                data[at] = source[j];
            }
        }

        return new PanelMatrix(data, n, d, panelCount);
    }
}
