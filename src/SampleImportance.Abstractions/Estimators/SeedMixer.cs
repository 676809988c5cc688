namespace SampleImportance.Abstractions;

/// <summary>Derives independent seeds from a seed and a stream number (SplitMix64 finaliser), for the host and plugins alike.</summary>
public static class SeedMixer
{
    /// <summary>A non-negative 31-bit seed that depends on both inputs; nearby inputs give unrelated outputs.</summary>
    /// <param name="seed">The parent seed.</param>
    /// <param name="stream">The stream number.</param>
    public static int Mix(int seed, int stream)
    {
        var z = unchecked((((ulong)(uint)seed << 32) ^ (uint)stream) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFF_FFFF);
    }
}
