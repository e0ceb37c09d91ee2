using System.Globalization;
using IncrementalStudy.Results;

namespace IncrementalStudy.Experiments.Expectations;

/// <summary>Evaluates expectations against the records a reader sees: summary.csv, paired.csv and, optionally, a baseline's summary.csv.</summary>
internal static class ExpectationChecker
{
    public const string Pass = "pass";
    public const string Fail = "fail";
    public const string Skipped = "skipped";

    /// <param name="failedCases">Cases that did not complete (e.g. diverged); any makes the first row fail.</param>
    /// <param name="missingCases">Cases the run should have but the folder does not record; any makes the first row fail.</param>
    public static IReadOnlyList<CheckRecord> Check(string experiment, IEnumerable<Expectation> expectations, IReadOnlyList<SummaryRecord> summary,
        IReadOnlyList<PairedRecord> paired, IReadOnlyList<SummaryRecord>? baseline = null, int failedCases = 0, int missingCases = 0) =>
    [
        new CheckRecord(experiment, "all cases", "cases", "every case completes", failedCases + missingCases, double.NaN, double.NaN,
            failedCases + missingCases == 0 ? Pass : Fail, CasesDetail(failedCases, missingCases)),
        .. expectations.Select(e => Check(experiment, e, summary, paired, baseline)),
    ];

    private static string CasesDetail(int failed, int missing) => (failed, missing) switch
    {
        (0, 0) => "",
        (_, 0) => $"{failed} case(s) failed, see cases.csv",
        (0, _) => $"{missing} case(s) missing from cases.csv",
        _ => $"{failed} case(s) failed and {missing} missing, see cases.csv",
    };

    private static CheckRecord Check(string experiment, Expectation expectation, IReadOnlyList<SummaryRecord> summary,
        IReadOnlyList<PairedRecord> paired, IReadOnlyList<SummaryRecord>? baseline)
    {
        CheckRecord Record(double observed, double low, double high, string verdict, string detail) =>
            new(experiment, expectation.Subject, expectation.Metric, expectation.Describe(), observed, low, high, verdict, detail);
        CheckRecord Missing(string what) => Record(double.NaN, double.NaN, double.NaN, Fail, what);

        switch (expectation)
        {
            case MetricBound bound:
            {
                SummaryRecord? row = Find(summary, bound.Strategy, bound.MetricName);
                if (row is null) return Missing($"summary.csv has no row for {bound.Strategy} / {bound.MetricName}");
                bool ok = (bound.AtLeast is null || row.Mean >= bound.AtLeast) && (bound.AtMost is null || row.Mean <= bound.AtMost);
                return Record(row.Mean, row.Ci95Low, row.Ci95High, ok ? Pass : Fail, $"n = {row.N}");
            }
            case PairedDifference difference:
            {
                PairedRecord? row = paired.FirstOrDefault(p => p.Metric == difference.MetricName &&
                    (p.StrategyA == difference.StrategyA && p.StrategyB == difference.StrategyB || p.StrategyA == difference.StrategyB && p.StrategyB == difference.StrategyA));
                if (row is null) return Missing($"paired.csv has no row for {difference.StrategyA} vs {difference.StrategyB} / {difference.MetricName}");
                bool flipped = row.StrategyA != difference.StrategyA; // paired.csv may hold b − a
                (double mean, double low, double high) = flipped ? (-row.MeanDifference, -row.Ci95High, -row.Ci95Low) : (row.MeanDifference, row.Ci95Low, row.Ci95High);
                DifferenceSign observed = low > 0 ? DifferenceSign.Positive : high < 0 ? DifferenceSign.Negative : DifferenceSign.Unresolved;
                return Record(mean, low, high, observed == difference.Sign ? Pass : Fail, $"n = {row.N}, observed {observed.ToString().ToLowerInvariant()}");
            }
            case WithinBaseline within:
            {
                SummaryRecord? fresh = Find(summary, within.Strategy, within.MetricName);
                if (fresh is null) return Missing($"summary.csv has no row for {within.Strategy} / {within.MetricName}");
                if (baseline is null) return Record(fresh.Mean, fresh.Ci95Low, fresh.Ci95High, Skipped, "no --baseline given");
                SummaryRecord? old = Find(baseline, within.Strategy, within.MetricName);
                if (old is null) return Missing($"the baseline has no row for {within.Strategy} / {within.MetricName}");
                double combined = Math.Sqrt(Square(fresh.Sem) + Square(old.Sem));
                double allowed = within.K * combined;
                bool ok = Math.Abs(fresh.Mean - old.Mean) <= allowed;
                return Record(fresh.Mean, fresh.Ci95Low, fresh.Ci95High, ok ? Pass : Fail,
                    $"baseline {old.Mean.ToString("0.####", CultureInfo.InvariantCulture)}, |Δ| {Math.Abs(fresh.Mean - old.Mean).ToString("0.####", CultureInfo.InvariantCulture)} vs allowed {allowed.ToString("0.####", CultureInfo.InvariantCulture)}");
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(expectation), expectation, "Unknown expectation type.");
        }
    }

    // A single seed has no SEM; it then counts as 0, so the comparison is exact rather than vacuous.
    private static double Square(double sem) => double.IsNaN(sem) ? 0 : sem * sem;

    private static SummaryRecord? Find(IReadOnlyList<SummaryRecord> rows, string strategy, string metric) =>
        rows.FirstOrDefault(r => r.Strategy == strategy && r.Metric == metric);
}
