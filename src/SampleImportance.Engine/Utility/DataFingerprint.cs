using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using SampleImportance.Abstractions;

namespace SampleImportance.Engine.Utility;

/// <summary>SHA-256 of a sample set's content (features, labels, groups, weights): part of utility cache keys.</summary>
public static class DataFingerprint
{
    private static readonly ConditionalWeakTable<SampleSet, string> Cache = [];

    public static string Of(SampleSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Cache.GetValue(set, Compute);
    }

    private static string Compute(SampleSet set)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(set.FeatureCount));
        hash.AppendData(MemoryMarshal.AsBytes(set.Features));
        hash.AppendData(MemoryMarshal.AsBytes(set.Labels));
        hash.AppendData(MemoryMarshal.AsBytes(set.Groups));
        hash.AppendData(MemoryMarshal.AsBytes(set.Weights));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
