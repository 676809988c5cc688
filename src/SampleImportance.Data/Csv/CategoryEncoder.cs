using System.Text;

namespace SampleImportance.Data.Csv;

/// <summary>
/// Maps categorical text to an indicator slot: FNV-1a hashing into a fixed number of buckets, or one-hot over the
/// values of the first file read (later files map unseen values to no slot). Shared by a dataset's files so a value
/// has the same slot in train, validation and test.
/// </summary>
internal sealed class CategoryEncoder
{
    private readonly int _buckets;
    private readonly Dictionary<int, Dictionary<string, int>> _vocabularies = [];
    private bool _frozen;

    public CategoryEncoder(int buckets)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(buckets);
        _buckets = buckets;
    }

    /// <summary>True when values are hashed, false when one-hot encoded.</summary>
    public bool Hashed => _buckets > 0;

    /// <summary>The slot of <paramref name="text"/> in <paramref name="column"/>, or −1 for a value unseen once frozen.</summary>
    public int Code(int column, string text)
    {
        if (Hashed)
        {
            return (int)(Fnv1a(text) % (uint)_buckets);
        }

        var vocabulary = Vocabulary(column);
        if (!vocabulary.TryGetValue(text, out var code))
        {
            if (_frozen)
            {
                return -1;
            }

            code = vocabulary.Count;
            vocabulary[text] = code;
        }

        return code;
    }

    /// <summary>How many indicator features <paramref name="column"/> expands to.</summary>
    public int Width(int column) => Hashed ? _buckets : Vocabulary(column).Count;

    /// <summary>The name of slot <paramref name="code"/> of column <paramref name="header"/>: <c>C1#3</c> (bucket) or <c>C1=value</c>.</summary>
    public string Name(int column, string header, int code) =>
        Hashed ? FormattableString.Invariant($"{header}#{code}") : $"{header}={Vocabulary(column).First(p => p.Value == code).Key}";

    /// <summary>Stops growing one-hot vocabularies: called after the training file so companions share its columns.</summary>
    public void Freeze() => _frozen = true;

    /// <summary>32-bit FNV-1a of the UTF-8 bytes: stable across runs and platforms, unlike string.GetHashCode.</summary>
    public static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    private Dictionary<string, int> Vocabulary(int column)
    {
        if (!_vocabularies.TryGetValue(column, out var vocabulary))
        {
            vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
            _vocabularies[column] = vocabulary;
        }

        return vocabulary;
    }
}
