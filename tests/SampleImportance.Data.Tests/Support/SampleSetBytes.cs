using System.Runtime.InteropServices;
using SampleImportance.Abstractions;

namespace SampleImportance.Data.Tests.Support;

/// <summary>The exact bytes of a sample set's features, labels and groups, for "same seed, same bytes" checks.</summary>
internal static class SampleSetBytes
{
    public static byte[] Of(SampleSet set) =>
    [
        .. MemoryMarshal.AsBytes(set.Features),
        .. MemoryMarshal.AsBytes(set.Labels),
        .. MemoryMarshal.AsBytes(set.Groups),
    ];
}
