using System.Runtime.CompilerServices;

namespace SampleImportance.Data.Csv;

/// <summary>
/// Parses one record of a numeric CSV (label plus numeric features) straight into its slots of the flat feature
/// array. Returns false at the first thing <see cref="CsvSampleLoader"/>'s careful path would report or read
/// differently (wrong field count, a bad, empty or non-finite number, non-ASCII padding), so that path gives the message.
/// </summary>
internal sealed class CsvNumericRow
{
    private readonly int _fieldCount;
    private readonly int _labelColumn;
    private readonly int[] _slotOfColumn;
    private readonly bool _emptyIsMissing;

    /// <param name="layout">The header's layout; every feature column numeric.</param>
    /// <param name="emptyIsMissing">True when an empty feature cell reads as NaN (median imputation).</param>
    public CsvNumericRow(CsvLayout layout, bool emptyIsMissing)
    {
        _fieldCount = layout.Headers.Count;
        _labelColumn = layout.LabelColumn;
        _slotOfColumn = Enumerable.Repeat(-1, _fieldCount).ToArray();
        for (var f = 0; f < layout.FeatureColumns.Length; f++)
        {
            _slotOfColumn[layout.FeatureColumns[f]] = f;
        }

        _emptyIsMissing = emptyIsMissing;
    }

    /// <summary>Parses <paramref name="record"/> into <paramref name="features"/> (one row's slots) and <paramref name="label"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryParse(ReadOnlySpan<byte> record, bool quoted, Span<float> features, out double label)
    {
        label = 0;
        var column = 0;
        var position = 0;
        while (true)
        {
            if (column == _fieldCount)
            {
                return false;
            }

            ReadOnlySpan<byte> field;
            byte[]? unescaped = null;
            if (quoted && position < record.Length && record[position] == (byte)'"')
            {
                var close = CsvChunkSplitter.SkipQuoted(record, position + 1, final: true);
                unescaped = Unescape(record[(position + 1)..(close - 1)]);
                field = unescaped;
                position = close;
            }
            else
            {
                var slot = _slotOfColumn[column];
                if (slot >= 0)
                {
                    // The common case: a plain number read in the same pass that finds its end.
                    var after = FloatParser.Scan(record, position, out var number);
                    if (after >= 0 && (after == record.Length || record[after] == (byte)','))
                    {
                        if (!float.IsFinite(number))
                        {
                            return false;
                        }

                        features[slot] = number;
                        column++;
                        if (after == record.Length)
                        {
                            return column == _fieldCount;
                        }

                        position = after + 1;
                        continue;
                    }
                }

                // Fields are a few bytes long: a plain loop beats a vectorized search's set-up here.
                var end = position;
                while (end < record.Length && record[end] != (byte)',')
                {
                    end++;
                }

                field = record[position..end];
                position = end;
            }

            if (!Store(column, Trim(field), features, ref label))
            {
                return false;
            }

            column++;
            if (position == record.Length)
            {
                return column == _fieldCount;
            }

            position++;
        }
    }

    private bool Store(int column, ReadOnlySpan<byte> text, Span<float> features, ref double label)
    {
        var slot = _slotOfColumn[column];
        if (text.IsEmpty)
        {
            if (slot < 0 || !_emptyIsMissing)
            {
                return false;
            }

            features[slot] = float.NaN;
            return true;
        }

        if (slot >= 0)
        {
            // Rounded once from the text, as float.Parse does (not via double, which can round twice).
            return FloatParser.TryParse(text, out features[slot]) && float.IsFinite(features[slot]);
        }

        if (!DecimalParser.TryParse(text, out var value) || !double.IsFinite(value))
        {
            return false;
        }

        label = value;
        return true;
    }

    /// <summary>Strips ASCII white space; a field with other bytes at either end is left to the careful path (which
    /// trims Unicode white space) by failing to parse.</summary>
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text) =>
        text.IsEmpty || (!IsSpace(text[0]) && !IsSpace(text[^1])) ? text : text.Trim(" \t\v\f\r\n"u8);

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\v' or (byte)'\f' or (byte)'\r' or (byte)'\n';

    private static byte[] Unescape(ReadOnlySpan<byte> content)
    {
        var result = new byte[content.Length];
        var length = 0;
        for (var i = 0; i < content.Length; i++)
        {
            result[length++] = content[i];
            if (content[i] == (byte)'"')
            {
                i++;
            }
        }

        return result[..length];
    }
}
