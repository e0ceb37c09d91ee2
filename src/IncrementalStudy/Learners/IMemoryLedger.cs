namespace IncrementalStudy.Learners;

/// <summary>A learner that can say what it stores besides its classifier (memory.csv reads it after every phase).</summary>
internal interface IMemoryLedger
{
    /// <summary>What the learner holds right now, after the phase it last trained on.</summary>
    MemoryUse CurrentMemory { get; }

    /// <summary>The most it held at any moment so far (e.g. a teacher copy that only lives during a step).</summary>
    MemoryUse PeakMemory { get; }
}
