namespace IncrementalStudy.Experiments;

internal sealed record RunCase(StrategyDefinition Strategy, int Seed);
