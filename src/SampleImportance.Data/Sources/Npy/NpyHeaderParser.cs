using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// Reads a <c>.npy</c> header strictly (NumPy format versions 1, 2 and 3): the magic string, the version, the header
/// length, then a Python dict literal with exactly the keys <c>descr</c>, <c>fortran_order</c> and <c>shape</c>.
/// Anything else is refused with the file and a fix.
/// </summary>
internal static class NpyHeaderParser
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    private const string SaveFix = "Write the file with numpy.save (e.g. np.save('X.npy', X.astype(np.float32))).";

    public static NpyHeader Read(Stream stream, string path)
    {
        Span<byte> prefix = stackalloc byte[12];
        var got = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        if (got < 8 || !prefix[..6].SequenceEqual(Magic))
        {
            throw Refuse(path, "is not a NumPy .npy file: it does not start with the magic string \\x93NUMPY.", SaveFix);
        }

        var major = prefix[6];
        if (major is < 1 or > 3)
        {
            throw Refuse(path, string.Create(CultureInfo.InvariantCulture, $"uses .npy format version {major}.{prefix[7]}; versions 1.0, 2.0 and 3.0 are read."), SaveFix);
        }

        var lengthBytes = major == 1 ? 2 : 4;
        if (got < 8 + lengthBytes)
        {
            throw Refuse(path, "is truncated: it ends inside the header length.", SaveFix);
        }

        var length = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(prefix[8..]) : BinaryPrimitives.ReadUInt32LittleEndian(prefix[8..]);
        var dataOffset = 8L + lengthBytes + length;
        if (dataOffset > int.MaxValue)
        {
            throw Refuse(path, "declares a header longer than 2 GB.", SaveFix);
        }

        var header = new byte[length];
        prefix[(8 + lengthBytes)..got].CopyTo(header);
        var have = got - 8 - lengthBytes;
        if (have + stream.ReadAtLeast(header.AsSpan(have), header.Length - have, throwOnEndOfStream: false) < header.Length)
        {
            throw Refuse(path, string.Create(CultureInfo.InvariantCulture, $"is truncated: it ends inside its {length}-byte header."), SaveFix);
        }

        var text = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetString(header);
        return Parse(text, path, (int)dataOffset);
    }

    private static NpyHeader Parse(string text, string path, int dataOffset)
    {
        var reader = new DictReader(text);
        string? descr = null;
        bool? fortran = null;
        long[]? shape = null;
        try
        {
            reader.Expect('{');
            while (!reader.TryTake('}'))
            {
                var key = reader.String();
                reader.Expect(':');
                switch (key)
                {
                    case "descr" when descr is null:
                        descr = reader.String();
                        break;
                    case "fortran_order" when fortran is null:
                        fortran = reader.Boolean();
                        break;
                    case "shape" when shape is null:
                        shape = reader.Tuple();
                        break;
                    default:
                        throw new FormatException($"unexpected key '{key}'");
                }

                if (!reader.TryTake(','))
                {
                    reader.Expect('}');
                    break;
                }
            }

            reader.End();
        }
        catch (FormatException ex)
        {
            throw Refuse(path, $"has a malformed header ({ex.Message}): {text.TrimEnd()}", SaveFix);
        }

        if (descr is null || fortran is null || shape is null)
        {
            throw Refuse(path, $"has a header without the keys 'descr', 'fortran_order' and 'shape': {text.TrimEnd()}", SaveFix);
        }

        return new NpyHeader(descr, fortran.Value, shape, dataOffset);
    }

    public static InputException Refuse(string path, string what, string fix) => new(new ValidationError($"{Path.GetFileName(path)} {what}", new SourceLocation(path), fix));

    /// <summary>The small subset of Python literals a .npy header uses.</summary>
    private sealed class DictReader(string text)
    {
        private int _position;

        public void Expect(char c)
        {
            if (!TryTake(c))
            {
                throw new FormatException($"expected '{c}' at character {_position + 1}");
            }
        }

        public bool TryTake(char c)
        {
            SkipSpace();
            if (_position < text.Length && text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        public string String()
        {
            SkipSpace();
            var quote = _position < text.Length ? text[_position] : '\0';
            if (quote is not ('\'' or '"'))
            {
                throw new FormatException($"expected a quoted string at character {_position + 1}");
            }

            var end = text.IndexOf(quote, _position + 1);
            if (end < 0)
            {
                throw new FormatException("a string is never closed");
            }

            var value = text[(_position + 1)..end];
            _position = end + 1;
            return value;
        }

        public bool Boolean()
        {
            SkipSpace();
            foreach (var (word, value) in new[] { ("True", true), ("False", false) })
            {
                if (string.CompareOrdinal(text, _position, word, 0, word.Length) == 0)
                {
                    _position += word.Length;
                    return value;
                }
            }

            throw new FormatException($"expected True or False at character {_position + 1}");
        }

        public long[] Tuple()
        {
            Expect('(');
            var values = new List<long>();
            while (!TryTake(')'))
            {
                SkipSpace();
                var start = _position;
                while (_position < text.Length && char.IsAsciiDigit(text[_position]))
                {
                    _position++;
                }

                if (!long.TryParse(text.AsSpan(start, _position - start), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    throw new FormatException($"expected a whole number in the shape at character {start + 1}");
                }

                values.Add(value);
                if (!TryTake(','))
                {
                    Expect(')');
                    break;
                }
            }

            return [.. values];
        }

        public void End()
        {
            SkipSpace();
            if (_position != text.Length)
            {
                throw new FormatException($"unexpected text after the dict at character {_position + 1}");
            }
        }

        private void SkipSpace()
        {
            while (_position < text.Length && text[_position] is ' ' or '\n' or '\t' or '\r')
            {
                _position++;
            }
        }
    }
}
