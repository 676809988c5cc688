using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using SampleImportance.Abstractions;
using SampleImportance.Benchmarks.Data;
using SampleImportance.Data.Csv;
using SampleImportance.Data.Sources;

namespace SampleImportance.Benchmarks.CsvInput;

/// <summary>
/// Reading the README's reference training file (50,000 rows × 64 features plus a label, the KNN benchmark's data)
/// into a <see cref="SampleSet"/>: the careful record-by-record reader (the only path before the fast one) against
/// the fast path on all cores and on one thread, and the same numbers from a NumPy <c>.npy</c> pair.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CsvReadConfig))]
public class CsvReadBenchmarks
{
    /// <summary>Rows in the file.</summary>
    public const int RowCount = 50_000;

    /// <summary>Features per row.</summary>
    public const int FeatureCount = 64;

    private static readonly CsvLoadOptions Options = new() { LabelColumn = CsvFiles.LabelColumn };

    private string _folder = string.Empty;

    private string Csv => Path.Combine(_folder, "train.csv");

    private string Npy => Path.Combine(_folder, "train.npy");

    /// <summary>Writes the CSV and .npy files and fails unless every reader returns the same bits.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "si-csv-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
        var rows = SyntheticRows.Create(RowCount, FeatureCount, new Random(20190701));
        CsvFiles.WriteRows(Csv, rows);
        WriteNpy(Npy, "<f4", $"({RowCount}, {FeatureCount})", MemoryMarshal.AsBytes(rows.Features.AsSpan()));
        WriteNpy(NpySource.LabelsPath(Npy), "<f8", $"({RowCount},)", MemoryMarshal.AsBytes(rows.Labels.AsSpan()));
        var careful = Careful();
        foreach (var (name, other) in new[] { ("fast", Fast()), ("fast, one thread", Fast_OneThread()), ("npy", NumPy()) })
        {
            if (!careful.Features.SequenceEqual(other.Features) || !careful.Labels.SequenceEqual(other.Labels))
            {
                throw new InvalidOperationException($"The {name} reader disagrees with the careful reader.");
            }
        }
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>The careful reader: a character at a time, a string per field, a list of floats grown row by row.</summary>
    [Benchmark(Baseline = true)]
    public SampleSet Careful() => CsvSampleLoader.LoadCarefully(Csv, Options, new GroupIdMap(), new CategoryEncoder(Options.HashBuckets));

    /// <summary>What <see cref="CsvSampleLoader.Load(string, CsvLoadOptions)"/> now does for a numeric file: the fast path on every core.</summary>
    [Benchmark]
    public SampleSet Fast() => CsvSampleLoader.Load(Csv, Options);

    /// <summary>The fast path on one thread: the per-core gain.</summary>
    [Benchmark]
    public SampleSet Fast_OneThread() => FastCsvLoader.TryLoad(Csv, Options, threads: 1) ?? throw new InvalidOperationException("The fast path declined.");

    /// <summary>The same rows from <c>train.npy</c> and <c>train.labels.npy</c>.</summary>
    [Benchmark]
    public SampleSet NumPy() => SourceLoading.Npy(Npy);

    private static void WriteNpy(string path, string descr, string shape, ReadOnlySpan<byte> data)
    {
        var dict = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}";
        var header = dict + new string(' ', (64 - ((10 + dict.Length + 1) % 64)) % 64) + "\n";
        using var file = File.Create(path);
        file.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0]);
        file.Write(BitConverter.GetBytes((ushort)header.Length));
        file.Write(Encoding.Latin1.GetBytes(header));
        file.Write(data);
    }
}
