using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Results;

/// <summary>Every record one case (strategy × seed) produced, per table; a failed case has a reason and no records.</summary>
public sealed record CaseResult(string Strategy, int Seed, string? Failure, CaseTables Tables, IReadOnlyList<MetricRecord> Metrics)
{
    public bool Failed => Failure is not null;

    public static CaseResult FailedCase(string strategy, int seed, string failure) => new(strategy, seed, failure, new CaseTables(), []);
}
