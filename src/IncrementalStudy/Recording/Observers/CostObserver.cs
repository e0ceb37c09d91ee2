using IncrementalStudy.Learners;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording.Observers;

/// <summary>cost.csv: what the whole case cost (time, gradient steps, samples, size), and the cost metrics.</summary>
internal sealed class CostObserver : ICaseObserver
{
    private readonly List<PhaseTraining> _trainings = [];
    private double _trainMs, _evalMs;
    private long _trainMultiplyAdds, _evalMultiplyAdds;

    public void OnPhaseEnd(PhaseEndEvent end, CaseRecords records)
    {
        _trainMs += end.TrainMs;
        _evalMs += end.EvalMs;
        _trainMultiplyAdds += end.TrainMultiplyAdds;
        _evalMultiplyAdds += end.EvalMultiplyAdds;
        _trainings.Add(end.Training);
    }

    public void OnCaseEnd(CaseEndEvent end, CaseRecords records)
    {
        var cost = new CostRecord(records.Experiment, records.Strategy, records.Seed, _trainMs, end.InferenceMs,
            _trainings.Sum(t => t.GradientSteps), _trainings.Sum(t => t.SamplePresentations),
            _trainings.Sum(t => t.Fits.Sum(f => (long)f.TrainingSamples)), end.Learner.ParameterCount, end.Learner.MultiplyAddsPerPrediction,
            _evalMs, _trainMultiplyAdds, _evalMultiplyAdds);
        records.Add(StandardTables.Cost, cost);
        records.Metric(MetricCatalog.TrainMs, cost.TrainMs);
        records.Metric(MetricCatalog.EvalMs, cost.EvalMs);
        records.Metric(MetricCatalog.GradientSteps, cost.GradientSteps);
        records.Metric(MetricCatalog.DistinctSamples, cost.DistinctSamples);
        records.Metric(MetricCatalog.Parameters, cost.Parameters);
    }
}
