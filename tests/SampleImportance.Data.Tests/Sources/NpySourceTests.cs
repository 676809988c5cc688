using System.Text;
using SampleImportance.Data.Tests.Support;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Sources;

/// <summary>The <c>npy</c> source: features and labels read bit for bit; every malformed header refused with a fix.</summary>
public sealed class NpySourceTests : IDisposable
{
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Float32_features_and_labels_are_read_exactly_in_both_format_versions(int version)
    {
        var x = Write("x.npy", Npy("<f4", "(2, 3)", Floats(1.5f, -2f, 3.25f, 0f, 1e-7f, -4f), version));
        Write("x.labels.npy", Npy("<i8", "(2,)", Longs(1, 0)));

        var set = SourceLoading.Load("npy", x).Rows;

        Assert.Equal(3, set.FeatureCount);
        Assert.Equal([1.5f, -2f, 3.25f, 0f, 1e-7f, -4f], set.Features.ToArray());
        Assert.Equal([1.0, 0.0], set.Labels.ToArray());
        Assert.Equal(["f0", "f1", "f2"], set.FeatureNames);
    }

    [Fact]
    public void Float64_features_are_rounded_to_float32_and_validation_files_follow_the_same_convention()
    {
        var x = Write("train.npy", Npy("<f8", "(1, 2)", Doubles(0.1, 2.5)));
        Write("train.labels.npy", Npy("<f8", "(1,)", Doubles(0.75)));
        var v = Write("valid.npy", Npy("<f4", "(1, 2)", Floats(7f, 8f)));
        Write("valid.labels.npy", Npy("|u1", "(1, 1)", [1]));

        var rows = SourceLoading.Load("npy", x, validation: v);

        Assert.Equal([0.1f, 2.5f], rows.Rows.Features.ToArray());
        Assert.Equal([0.75], rows.Rows.Labels.ToArray());
        Assert.Equal([1.0], rows.Validation!.Labels.ToArray());
    }

    [Theory]
    [InlineData("<i4", "(1, 2)", "dtype '<i4'", "astype(np.float32)")]
    [InlineData(">f4", "(1, 2)", "dtype '>f4'", "big-endian")]
    [InlineData("<f4", "(2,)", "2-D array", "Reshape")]
    public void Wrong_dtype_or_shape_is_refused_with_a_fix(string descr, string shape, string message, string fix)
    {
        var x = Write("x.npy", Npy(descr, shape, new byte[8]));
        Write("x.labels.npy", Npy("<f8", "(1,)", Doubles(1)));

        var error = Assert.Single(SourceLoading.Refused("npy", x).Errors);

        Assert.Equal(x, error.Location.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(fix, error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Fortran_order_is_refused()
    {
        var x = Write("x.npy", Npy("<f4", "(1, 2)", Floats(1, 2), fortran: true));
        Write("x.labels.npy", Npy("<f8", "(1,)", Doubles(1)));

        var error = Assert.Single(SourceLoading.Refused("npy", x).Errors);

        Assert.Contains("Fortran", error.Message, StringComparison.Ordinal);
        Assert.Contains("ascontiguousarray", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "does not start with the magic")]
    [InlineData(9, "ends inside the header length")]
    [InlineData(30, "ends inside its")]
    [InlineData(-4, "is truncated: its header promises shape (2, 2)")]
    public void Truncated_files_are_refused(int keep, string message)
    {
        var bytes = Npy("<f4", "(2, 2)", Floats(1, 2, 3, 4));
        var x = Write("x.npy", bytes[..(keep > 0 ? keep : bytes.Length + keep)]);
        Write("x.labels.npy", Npy("<f8", "(2,)", Doubles(1, 0)));

        var error = Assert.Single(SourceLoading.Refused("npy", x).Errors);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'descr': '<f4', 'fortran_order': False, }", "without the keys")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2), 'extra': 1, }", "unexpected key 'extra'")]
    [InlineData("{'descr': '<f4', 'fortran_order': Maybe, 'shape': (1, 2), }", "expected True or False")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (1, -2), }", "whole number")]
    [InlineData("['descr']", "expected '{'")]
    public void Malformed_headers_are_refused_and_quoted(string dict, string message)
    {
        var x = Write("x.npy", NpyWithHeader(dict, Floats(1, 2)));
        Write("x.labels.npy", Npy("<f8", "(1,)", Doubles(1)));

        var error = Assert.Single(SourceLoading.Refused("npy", x).Errors);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("numpy.save", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_labels_file_non_finite_features_trailing_bytes_and_row_mismatch_are_refused()
    {
        var noLabels = Write("a.npy", Npy("<f4", "(1, 1)", Floats(1)));
        Assert.Contains("a.labels.npy", Assert.Single(SourceLoading.Refused("npy", noLabels).Errors).Fix, StringComparison.Ordinal);

        var nan = Write("b.npy", Npy("<f4", "(2, 2)", Floats(1, 2, 3, float.NaN)));
        Write("b.labels.npy", Npy("<f8", "(2,)", Doubles(1, 0)));
        Assert.Contains("row 1, column 1", Assert.Single(SourceLoading.Refused("npy", nan).Errors).Message, StringComparison.Ordinal);

        var trailing = Write("c.npy", [.. Npy("<f4", "(1, 1)", Floats(1)), 0, 0]);
        Write("c.labels.npy", Npy("<f8", "(1,)", Doubles(1)));
        Assert.Contains("2 bytes after the data", Assert.Single(SourceLoading.Refused("npy", trailing).Errors).Message, StringComparison.Ordinal);

        var mismatch = Write("d.npy", Npy("<f4", "(1, 1)", Floats(1)));
        Write("d.labels.npy", Npy("<f8", "(2,)", Doubles(1, 0)));
        Assert.Contains("d.npy has 1 rows", Assert.Single(SourceLoading.Refused("npy", mismatch).Errors).Message, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Npy(string descr, string shape, byte[] data, int version = 1, bool fortran = false) =>
        NpyWithHeader($"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': {shape}, }}", data, version);

    /// <summary>numpy.save's layout: magic, version, little-endian header length, the dict padded with spaces and a
    /// newline so the data starts on a 64-byte boundary, then the data.</summary>
    private static byte[] NpyWithHeader(string dict, byte[] data, int version = 1)
    {
        var prefix = version == 1 ? 10 : 12;
        var padded = dict + new string(' ', (64 - ((prefix + dict.Length + 1) % 64)) % 64) + "\n";
        var bytes = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', (byte)version, 0 };
        bytes.AddRange(version == 1 ? BitConverter.GetBytes((ushort)padded.Length) : BitConverter.GetBytes(padded.Length));
        bytes.AddRange(Encoding.Latin1.GetBytes(padded));
        bytes.AddRange(data);
        return [.. bytes];
    }

    private static byte[] Floats(params float[] values) => [.. values.SelectMany(BitConverter.GetBytes)];

    private static byte[] Doubles(params double[] values) => [.. values.SelectMany(BitConverter.GetBytes)];

    private static byte[] Longs(params long[] values) => [.. values.SelectMany(BitConverter.GetBytes)];
}
