namespace IncrementalStudy.Recording;

/// <summary>
/// Watches one case as the case loop runs it and turns what it sees into rows of its own tables and values of its own
/// metrics (through <see cref="CaseRecords"/>). The loop raises the events in order: for each phase, one
/// <see cref="OnExpansion"/> per grown output, then <see cref="OnPhaseEnd"/>; finally <see cref="OnCaseEnd"/>.
/// Batch and epoch events come from the trainer (<see cref="Training.ITrainingHook"/>).
/// </summary>
public interface ICaseObserver
{
    void OnExpansion(ExpansionEvent expansion, CaseRecords records) { }

    void OnPhaseEnd(PhaseEndEvent phase, CaseRecords records) { }

    void OnCaseEnd(CaseEndEvent end, CaseRecords records) { }
}
