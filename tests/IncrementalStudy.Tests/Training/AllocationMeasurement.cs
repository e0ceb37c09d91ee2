namespace IncrementalStudy.Tests.Training;

/// <summary>
/// Tests that count the bytes their own thread allocates (<see cref="GC.GetAllocatedBytesForCurrentThread"/>) over a
/// measured window. They run alone, after the parallel test classes: while other classes run the same network, kernel
/// and optimizer code on other threads, the runtime's shared per-process work (JIT tier-up and PGO of those methods,
/// type loading) can land on the measuring thread inside the window and be counted as the step's allocation
/// (ConvAllocationTests saw 5176 and 7048 bytes in about one run in three while other processes loaded the machine,
/// and never alone). So a window is measured up to three times and the fewest bytes count: an allocation in the step
/// itself shows in every window.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurement
{
    public const string Name = "Allocation measurement";

    /// <summary>The fewest bytes this thread allocated over one run of <paramref name="window"/>, of up to three runs (stops at zero).</summary>
    public static long FewestBytes(Action window)
    {
        long fewest = long.MaxValue;
        for (int attempt = 0; attempt < 3 && fewest > 0; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            window();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return fewest;
    }
}
