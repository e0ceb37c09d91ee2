namespace IncrementalStudy.Data;

/// <summary>One phase: its number (1-based), the categories present, its training set and the test set of the present categories.</summary>
public sealed record PhaseData(int Number, int Categories, Dataset Train, Dataset Test);
