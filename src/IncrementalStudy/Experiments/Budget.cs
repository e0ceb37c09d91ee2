namespace IncrementalStudy.Experiments;

/// <summary>How much an experiment spends: its full study, or a smoke run small enough for the test suite.</summary>
public enum Budget
{
    Full,
    Smoke,
}
