using IncrementalStudy.Experiments;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Recording;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Extending;

/// <summary>
/// A throwaway strategy written the way the README's "Extending" section says, outside the core assembly: a shared head
/// that also records its own table (head_bias.csv) and its own metric (head_bias_sum_final).
/// </summary>
public sealed record HeadBiasStrategy(string Name) : StrategyDefinition(Name)
{
    public static readonly ResultTable<HeadBiasRecord> Table = new("head_bias.csv");

    public static readonly MetricDescriptor BiasSumFinal = new("head_bias_sum_final", "bias sum", MetricUnit.Logit, null,
        "sum of the head's biases after the last phase");

    private static readonly SharedHeadOptions Options = new(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive);

    public override IIncrementalLearner CreateLearner(LearnerContext context) => new SharedHeadLearner(context, Options, OptimizerSpec.NadamKeras2);

    public override string Describe() => "shared head that records its bias sum";

    public override IEnumerable<ICaseObserver> CreateObservers(CaseContext context, IIncrementalLearner learner) => [new BiasObserver()];

    public override IEnumerable<IResultTable> Tables => [Table];

    private sealed class BiasObserver : ICaseObserver
    {
        private double _last;

        public void OnPhaseEnd(PhaseEndEvent phase, CaseRecords records)
        {
            _last = phase.Learner.HeadWeights().Sum(h => h.Bias);
            records.Add(Table, new HeadBiasRecord(records.Experiment, records.Strategy, records.Seed, phase.Phase.Number, _last));
        }

        public void OnCaseEnd(CaseEndEvent end, CaseRecords records) => records.Metric(BiasSumFinal, _last);
    }
}
