namespace SampleImportance.Plugins.Estimators.KnnShapley;

/// <summary>
/// Training labels as one-byte class codes, so a validation point's walk looks up a per-class match table through a
/// 1 MB array at 1,000,000 rows (it stays in cache) instead of gathering 8-byte labels and recomputing the match.
/// </summary>
internal sealed class LabelCodes
{
    private LabelCodes(byte[] codes, double[] classes)
    {
        Codes = codes;
        Classes = classes;
    }

    /// <summary>Code of each training row: an index into <see cref="Classes"/>.</summary>
    public byte[] Codes { get; }

    /// <summary>Distinct labels in order of first appearance.</summary>
    public double[] Classes { get; }

    /// <summary>The codes, or null when there are more than 256 distinct labels (regression-like targets).</summary>
    public static LabelCodes? TryCreate(ReadOnlySpan<double> labels)
    {
        var index = new Dictionary<double, byte>();
        var codes = new byte[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!index.TryGetValue(labels[i], out var code))
            {
                if (index.Count > byte.MaxValue)
                {
                    return null;
                }

                code = (byte)index.Count;
                index.Add(labels[i], code);
            }

            codes[i] = code;
        }

        var classes = new double[index.Count];
        foreach (var (label, code) in index)
        {
            classes[code] = label;
        }

        return new LabelCodes(codes, classes);
    }
}
