namespace IncrementalStudy.Experiments;

public sealed record RunCase(StrategyDefinition Strategy, int Seed);
