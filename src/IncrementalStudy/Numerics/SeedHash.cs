namespace IncrementalStudy.Numerics;

/// <summary>Stable 64-bit hashing of seed parts (string.GetHashCode is randomised per process, so it cannot be used).</summary>
public static class SeedHash
{
    public static ulong Of(string text)
    {
        ulong hash = 14695981039346656037UL; // FNV-1a 64
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    public static ulong Combine(params ReadOnlySpan<ulong> parts)
    {
        ulong hash = 0x6A09E667F3BCC908UL;
        foreach (ulong part in parts)
            hash = Mix(hash ^ Mix(part));
        return hash;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
