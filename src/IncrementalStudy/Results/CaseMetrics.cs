using IncrementalStudy.Results.Metrics;

namespace IncrementalStudy.Results;

/// <summary>
/// The headline numbers of one case (strategy × seed). Null means "does not apply to this strategy or scenario" (e.g. the
/// expansion probe for one-vs-all) and is left out of summary.csv rather than written as 0.
/// "At expansion" refers to the first added category, on the phase-2 test set (all categories present) or, for the
/// train_ metrics, on the phase-2 training data, before any update. Steps are phases; "final" is after the last one.
/// </summary>
public sealed record CaseMetrics(
    double TestAccuracyAfterPhase1,
    double TrainAccuracyEndOfPhase1,
    double? OracleTestAccuracyAfterPhase1,
    double? TestAccuracyBeforeExpansion,
    double? TestAccuracyAfterExpansion,
    double? FlipRateAtExpansion,
    double? OldLogitsAllNegativeShare,
    double? OldLogitMaxAbsChange,
    double? OldProbMaxAbsChange,
    double? OldProbMeanAbsChange,
    double? TrainAccuracyBeforeExpansion,
    double? TrainAccuracyAfterExpansion,
    double? TrainLossBeforeExpansion,
    double? TrainLossAfterExpansion,
    double? TrainLossAfterFirstPhase2Epoch,
    double TestAccuracyFinal,
    double? NewClassRecallFinal,
    double AverageAccuracyFinal,
    double AverageIncrementalAccuracy,
    double MeanStepAverageAccuracy,
    double ForgettingMax,
    double ForgettingFirst,
    double? BayesForgettingReference,
    double BackwardTransfer,
    double OldAccuracyFinal,
    double NewAccuracyFinal,
    double NewestClassAttractionFinal,
    double? EceFinal,
    double? EceSigmoidFinal,
    double TrainMs,
    double EvalMs,
    long GradientSteps,
    long DistinctSamples,
    int Parameters)
{
    /// <summary>(descriptor, value) for every metric that applies, in <see cref="MetricCatalog.All"/> order.</summary>
    public IEnumerable<(MetricDescriptor Metric, double Value)> Named()
    {
        (MetricDescriptor, double?)[] all =
        [
            (MetricCatalog.TestAccuracyAfterPhase1, TestAccuracyAfterPhase1),
            (MetricCatalog.TrainAccuracyEndOfPhase1, TrainAccuracyEndOfPhase1),
            (MetricCatalog.OracleTestAccuracyAfterPhase1, OracleTestAccuracyAfterPhase1),
            (MetricCatalog.TestAccuracyBeforeExpansion, TestAccuracyBeforeExpansion),
            (MetricCatalog.TestAccuracyAfterExpansion, TestAccuracyAfterExpansion),
            (MetricCatalog.FlipRateAtExpansion, FlipRateAtExpansion),
            (MetricCatalog.OldLogitsAllNegativeShare, OldLogitsAllNegativeShare),
            (MetricCatalog.OldLogitMaxAbsChange, OldLogitMaxAbsChange),
            (MetricCatalog.OldProbMaxAbsChange, OldProbMaxAbsChange),
            (MetricCatalog.OldProbMeanAbsChange, OldProbMeanAbsChange),
            (MetricCatalog.TrainAccuracyBeforeExpansion, TrainAccuracyBeforeExpansion),
            (MetricCatalog.TrainAccuracyAfterExpansion, TrainAccuracyAfterExpansion),
            (MetricCatalog.TrainLossBeforeExpansion, TrainLossBeforeExpansion),
            (MetricCatalog.TrainLossAfterExpansion, TrainLossAfterExpansion),
            (MetricCatalog.TrainLossAfterFirstPhase2Epoch, TrainLossAfterFirstPhase2Epoch),
            (MetricCatalog.TestAccuracyFinal, TestAccuracyFinal),
            (MetricCatalog.NewClassRecallFinal, NewClassRecallFinal),
            (MetricCatalog.AverageAccuracyFinal, AverageAccuracyFinal),
            (MetricCatalog.AccuracyAllSeenFinal, TestAccuracyFinal),
            (MetricCatalog.AverageIncrementalAccuracy, AverageIncrementalAccuracy),
            (MetricCatalog.MeanStepAverageAccuracy, MeanStepAverageAccuracy),
            (MetricCatalog.ForgettingMax, ForgettingMax),
            (MetricCatalog.ForgettingFirst, ForgettingFirst),
            (MetricCatalog.BayesForgettingReference, BayesForgettingReference),
            (MetricCatalog.BackwardTransfer, BackwardTransfer),
            (MetricCatalog.OldAccuracyFinal, OldAccuracyFinal),
            (MetricCatalog.NewAccuracyFinal, NewAccuracyFinal),
            (MetricCatalog.NewestClassAttractionFinal, NewestClassAttractionFinal),
            (MetricCatalog.EceFinal, EceFinal),
            (MetricCatalog.EceSigmoidFinal, EceSigmoidFinal),
            (MetricCatalog.TrainMs, TrainMs),
            (MetricCatalog.EvalMs, EvalMs),
            (MetricCatalog.GradientSteps, GradientSteps),
            (MetricCatalog.DistinctSamples, DistinctSamples),
            (MetricCatalog.Parameters, Parameters),
        ];
        foreach ((MetricDescriptor metric, double? value) in all)
            if (value is { } v) yield return (metric, v);
    }
}
