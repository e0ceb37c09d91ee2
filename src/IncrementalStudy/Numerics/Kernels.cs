using System.Runtime.Intrinsics.X86;

namespace IncrementalStudy.Numerics;

/// <summary>The instruction sets the kernels can run on. Every path gives bitwise the same results.</summary>
internal enum KernelPath
{
    /// <summary>Scalar code with <see cref="MathF.FusedMultiplyAdd"/> (correctly rounded in software where the CPU has no FMA).</summary>
    Portable = 1,

    /// <summary>256-bit AVX2 with FMA.</summary>
    Avx2 = 2,

    /// <summary>512-bit AVX-512 (F, with AVX2/FMA for the narrow edges).</summary>
    Avx512 = 3,
}

/// <summary>
/// Which kernel path runs. By default the widest one the CPU has; the environment variable <c>INCSTUDY_KERNELS</c>
/// (<c>portable</c>, <c>avx2</c> or <c>avx512</c>; read once per process) forces one, and naming a path the CPU cannot
/// run is an error rather than a silent fallback. Every path accumulates every element in the same order with the same
/// roundings, so the choice changes speed only (tested bit for bit on every path the machine has).
/// </summary>
internal static class Kernels
{
    public const string EnvironmentVariable = "INCSTUDY_KERNELS";

    [ThreadStatic] private static KernelPath t_override;

    /// <summary>The widest path this CPU supports.</summary>
    public static KernelPath Widest { get; } =
        IsSupported(KernelPath.Avx512) ? KernelPath.Avx512 : IsSupported(KernelPath.Avx2) ? KernelPath.Avx2 : KernelPath.Portable;

    /// <summary>The process's path: <c>INCSTUDY_KERNELS</c> when set, otherwise <see cref="Widest"/>.</summary>
    public static KernelPath Default { get; } = FromEnvironment(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>The path kernels called on this thread use: <see cref="Default"/> unless <see cref="Use"/> overrides it.</summary>
    public static KernelPath Current
    {
        get
        {
            KernelPath overridden = t_override;
            return overridden != 0 ? overridden : Default;
        }
    }

    public static bool IsSupported(KernelPath path) => path switch
    {
        KernelPath.Portable => true,
        KernelPath.Avx2 => Avx2.IsSupported && Fma.IsSupported,
        KernelPath.Avx512 => Avx512F.IsSupported && Avx512F.VL.IsSupported && Avx2.IsSupported && Fma.IsSupported,
        _ => false,
    };

    /// <summary>All paths this CPU supports, narrowest first.</summary>
    public static IReadOnlyList<KernelPath> Supported { get; } =
        [.. new[] { KernelPath.Portable, KernelPath.Avx2, KernelPath.Avx512 }.Where(IsSupported)];

    /// <summary>
    /// Runs this thread's kernels on <paramref name="path"/> until the result is disposed (tests and benchmarks compare
    /// paths in one process with it). Kernels that fan out to other threads pass the path on.
    /// </summary>
    public static IDisposable Use(KernelPath path)
    {
        if (!IsSupported(path)) throw new NotSupportedException($"This CPU cannot run the {Name(path)} kernels.");
        KernelPath previous = t_override;
        t_override = path;
        return new Restore(previous);
    }

    public static string Name(KernelPath path) => path switch
    {
        KernelPath.Portable => "portable",
        KernelPath.Avx2 => "avx2",
        KernelPath.Avx512 => "avx512",
        _ => path.ToString(),
    };

    /// <summary>Parses an <c>INCSTUDY_KERNELS</c> value (empty: the widest path); an unknown or unsupported path throws.</summary>
    public static KernelPath FromEnvironment(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return Widest;
        KernelPath path = value.Trim().ToLowerInvariant() switch
        {
            "portable" or "scalar" => KernelPath.Portable,
            "avx2" => KernelPath.Avx2,
            "avx512" or "avx-512" => KernelPath.Avx512,
            _ => throw new NotSupportedException($"{EnvironmentVariable}='{value}' is not one of portable, avx2, avx512."),
        };
        if (!IsSupported(path))
            throw new NotSupportedException($"{EnvironmentVariable}={Name(path)}, but this CPU cannot run the {Name(path)} kernels (it has: {string.Join(", ", new[] { KernelPath.Portable, KernelPath.Avx2, KernelPath.Avx512 }.Where(IsSupported).Select(Name))}).");
        return path;
    }

    private sealed class Restore(KernelPath previous) : IDisposable
    {
        public void Dispose() => t_override = previous;
    }
}
