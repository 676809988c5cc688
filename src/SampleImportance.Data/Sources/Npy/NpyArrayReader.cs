using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// Reads <c>.npy</c> arrays: a 2-D float32 or float64 feature matrix in C order, read straight into the flat feature
/// array (float32 without any conversion), and a 1-D label vector of floats, integers or booleans. Little-endian only;
/// every refusal names the file and says how to re-save it. Assumes a little-endian host (x64, Arm64).
/// </summary>
internal static class NpyArrayReader
{
    private const int ChunkValues = 1 << 16;

    /// <summary>Reads a rows × columns matrix of finite float32 features.</summary>
    public static (float[] Features, int Rows, int Columns) ReadFeatures(string path)
    {
        using var stream = Open(path);
        var header = NpyHeaderParser.Read(stream, path);
        if (header.Descr is not ("<f4" or "<f8"))
        {
            throw NpyHeaderParser.Refuse(path, $"holds dtype '{header.Descr}'; features must be little-endian float32 ('<f4') or float64 ('<f8').", ByteOrderHint(header.Descr) + "Save them as np.save('X.npy', X.astype(np.float32)).");
        }

        RequireCOrder(header, path);
        if (header.Shape.Length != 2 || header.Shape[0] < 1 || header.Shape[1] < 1)
        {
            throw NpyHeaderParser.Refuse(path, $"has shape ({string.Join(", ", header.Shape)}); features must be a 2-D array of rows × features, at least 1 × 1.", "Reshape before saving, e.g. X.reshape(len(X), -1).");
        }

        if (header.Shape[0] * header.Shape[1] > Array.MaxLength)
        {
            throw NpyHeaderParser.Refuse(path, $"has {header.Shape[0]} × {header.Shape[1]} values, more than one array holds.", "Split the rows over several files.");
        }

        var rows = (int)header.Shape[0];
        var columns = (int)header.Shape[1];
        var features = new float[(long)rows * columns];
        if (header.Descr == "<f4")
        {
            ReadExactly(stream, MemoryMarshal.AsBytes(features.AsSpan()), header, path);
        }
        else
        {
            var chunk = new double[ChunkValues];
            for (long done = 0; done < features.Length; done += chunk.Length)
            {
                var part = chunk.AsSpan(0, (int)Math.Min(chunk.Length, features.Length - done));
                ReadExactly(stream, MemoryMarshal.AsBytes(part), header, path);
                for (var i = 0; i < part.Length; i++)
                {
                    features[done + i] = (float)part[i];
                }
            }
        }

        RequireEnd(stream, path);
        var bad = FirstNonFinite(features);
        if (bad >= 0)
        {
            throw NpyHeaderParser.Refuse(
                path,
                string.Create(CultureInfo.InvariantCulture, $"has a non-finite feature (NaN, infinite, or beyond float32's range) at row {bad / columns}, column {bad % columns} (0-based)."),
                "Replace missing or undefined values with finite numbers before saving, e.g. np.nan_to_num(X).");
        }

        return (features, rows, columns);
    }

    /// <summary>Reads a vector of <paramref name="rows"/> finite labels (shape (rows,) or (rows, 1)).</summary>
    public static double[] ReadLabels(string path, int rows, string featurePath)
    {
        using var stream = Open(path);
        var header = NpyHeaderParser.Read(stream, path);
        var size = header.Descr switch
        {
            "<f8" or "<i8" => 8,
            "<f4" or "<i4" => 4,
            "<i2" => 2,
            "|u1" or "|i1" or "|b1" => 1,
            _ => throw NpyHeaderParser.Refuse(path, $"holds dtype '{header.Descr}'; labels must be little-endian floats, integers or booleans.", ByteOrderHint(header.Descr) + "Save them as np.save('X.labels.npy', y.astype(np.float64))."),
        };
        RequireCOrder(header, path);
        if (!(header.Shape.Length == 1 || (header.Shape.Length == 2 && header.Shape[1] == 1)) || header.Shape[0] != rows)
        {
            throw NpyHeaderParser.Refuse(
                path,
                string.Create(CultureInfo.InvariantCulture, $"has shape ({string.Join(", ", header.Shape)}) but {Path.GetFileName(featurePath)} has {rows} rows; labels must be one per row, shape ({rows},)."),
                "Save one label per feature row, in the same order.");
        }

        var raw = new byte[(long)rows * size];
        ReadExactly(stream, raw, header, path);
        RequireEnd(stream, path);
        var labels = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var bytes = raw.AsSpan(i * size, size);
            labels[i] = header.Descr switch
            {
                "<f8" => BinaryPrimitives.ReadDoubleLittleEndian(bytes),
                "<i8" => BinaryPrimitives.ReadInt64LittleEndian(bytes),
                "<f4" => BinaryPrimitives.ReadSingleLittleEndian(bytes),
                "<i4" => BinaryPrimitives.ReadInt32LittleEndian(bytes),
                "<i2" => BinaryPrimitives.ReadInt16LittleEndian(bytes),
                "|i1" => (sbyte)bytes[0],
                _ => bytes[0],
            };
            if (!double.IsFinite(labels[i]))
            {
                throw NpyHeaderParser.Refuse(path, string.Create(CultureInfo.InvariantCulture, $"has a non-finite label at row {i} (0-based)."), "Give every row a finite label.");
            }
        }

        return labels;
    }

    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new ValidationError($"Cannot read {path}: {ex.Message}", new SourceLocation(path), "Check that the file exists and is readable."));
        }
    }

    private static void RequireCOrder(NpyHeader header, string path)
    {
        if (header.FortranOrder)
        {
            throw NpyHeaderParser.Refuse(path, "is stored in Fortran (column-major) order; rows must be contiguous (C order).", "Save np.ascontiguousarray(X) instead.");
        }
    }

    private static string ByteOrderHint(string descr) =>
        descr.StartsWith('>') ? "It is big-endian: convert with X.astype(X.dtype.newbyteorder('<')). " : string.Empty;

    private static void ReadExactly(Stream stream, Span<byte> target, NpyHeader header, string path)
    {
        if (stream.ReadAtLeast(target, target.Length, throwOnEndOfStream: false) < target.Length)
        {
            throw NpyHeaderParser.Refuse(
                path,
                string.Create(CultureInfo.InvariantCulture, $"is truncated: its header promises shape ({string.Join(", ", header.Shape)}) of '{header.Descr}' but the file has only {stream.Length} bytes."),
                "Write the file again; it was cut short.");
        }
    }

    private static void RequireEnd(Stream stream, string path)
    {
        if (stream.Position != stream.Length)
        {
            throw NpyHeaderParser.Refuse(
                path,
                string.Create(CultureInfo.InvariantCulture, $"has {stream.Length - stream.Position} bytes after the data its header describes."),
                "Save one array per file with np.save (np.savez archives are not read).");
        }
    }

    private static long FirstNonFinite(float[] features)
    {
        for (long i = 0; i < features.Length; i++)
        {
            if (!float.IsFinite(features[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
