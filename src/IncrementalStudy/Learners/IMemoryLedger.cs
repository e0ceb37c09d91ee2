namespace IncrementalStudy.Learners;

/// <summary>
/// What a learner stores besides its classifier: samples kept for later steps, teacher copies, Fisher and importance
/// tensors. memory.csv reads it after every step, so a learner written outside the core reports its memory the same way.
/// </summary>
public interface IMemoryLedger
{
    /// <summary>What the learner holds right now, after the step it last trained on.</summary>
    MemoryUse CurrentMemory { get; }

    /// <summary>The most it held at any moment so far (e.g. a teacher copy that only lives during a step).</summary>
    MemoryUse PeakMemory { get; }
}
