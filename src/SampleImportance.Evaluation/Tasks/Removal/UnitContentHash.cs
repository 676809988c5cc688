using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// A 64-bit FNV-1a hash of each unit's rows (features and label, rows in order of their content hash), used to break
/// ties between equal values: it depends on what a unit holds, never on where its rows sit in the table.
/// </summary>
internal static class UnitContentHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong[] Of(UnitPartition units, SampleSet train)
    {
        var rowHashes = new ulong[train.Count];
        var d = train.FeatureCount;
        for (var row = 0; row < train.Count; row++)
        {
            var hash = Offset;
            foreach (var value in train.Features.Slice(row * d, d))
            {
                hash = Mix(hash, (ulong)BitConverter.SingleToUInt32Bits(value));
            }

            rowHashes[row] = Mix(hash, (ulong)BitConverter.DoubleToInt64Bits(train.Labels[row]));
        }

        var result = new ulong[units.Count];
        for (var unit = 0; unit < units.Count; unit++)
        {
            var hashes = units.RowsOf(unit).ToArray().Select(r => rowHashes[r]).Order().ToArray();
            var hash = Offset;
            foreach (var h in hashes)
            {
                hash = Mix(hash, h);
            }

            result[unit] = hash;
        }

        return result;
    }

    private static ulong Mix(ulong hash, ulong value)
    {
        for (var b = 0; b < 8; b++)
        {
            hash ^= (value >> (8 * b)) & 0xFF;
            hash *= Prime;
        }

        return hash;
    }
}
