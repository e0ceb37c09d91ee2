namespace IncrementalStudy.Data;

/// <summary>
/// One phase: its number (1-based), the categories present (always 0 … Categories − 1), its training set and the test set
/// of the present categories, which is the last phase's test set restricted to them, in the same order.
/// </summary>
public sealed record PhaseData(int Number, int Categories, Dataset Train, Dataset Test);
