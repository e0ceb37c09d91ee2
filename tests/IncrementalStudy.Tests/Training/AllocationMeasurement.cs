namespace IncrementalStudy.Tests.Training;

/// <summary>
/// Tests that count the bytes their own thread allocates (<see cref="GC.GetAllocatedBytesForCurrentThread"/>) over a
/// measured window. They run alone, after the parallel test classes: while other classes run the same network, kernel
/// and optimizer code on other threads, the runtime's shared per-process work (JIT tier-up and PGO of those methods,
/// type loading) can land on the measuring thread inside the window and be counted as the step's allocation
/// (ConvAllocationTests once saw 7048 bytes under load, and never alone).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurement
{
    public const string Name = "Allocation measurement";
}
