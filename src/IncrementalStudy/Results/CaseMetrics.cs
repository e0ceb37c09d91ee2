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
    double ForgettingMax,
    double ForgettingFirst,
    double BackwardTransfer,
    double ForwardTransfer,
    double OldAccuracyFinal,
    double NewAccuracyFinal,
    double NewestClassAttractionFinal,
    double EceFinal,
    double TrainMs,
    long GradientSteps,
    int Parameters)
{
    /// <summary>The one place metric names are spelled: (name, value) for every metric that applies.</summary>
    public IEnumerable<(string Name, double Value)> Named()
    {
        (string, double?)[] all =
        [
            ("test_accuracy_after_phase_1", TestAccuracyAfterPhase1),
            ("train_accuracy_end_of_phase_1", TrainAccuracyEndOfPhase1),
            ("oracle_test_accuracy_after_phase_1", OracleTestAccuracyAfterPhase1),
            ("test_accuracy_before_expansion", TestAccuracyBeforeExpansion),
            ("test_accuracy_after_expansion", TestAccuracyAfterExpansion),
            ("flip_rate_at_expansion", FlipRateAtExpansion),
            ("old_logits_all_negative_share", OldLogitsAllNegativeShare),
            ("old_logit_max_abs_change", OldLogitMaxAbsChange),
            ("old_prob_max_abs_change", OldProbMaxAbsChange),
            ("old_prob_mean_abs_change", OldProbMeanAbsChange),
            ("train_accuracy_before_expansion", TrainAccuracyBeforeExpansion),
            ("train_accuracy_after_expansion", TrainAccuracyAfterExpansion),
            ("train_loss_before_expansion", TrainLossBeforeExpansion),
            ("train_loss_after_expansion", TrainLossAfterExpansion),
            ("train_loss_after_first_phase_2_epoch", TrainLossAfterFirstPhase2Epoch),
            ("test_accuracy_final", TestAccuracyFinal),
            ("new_class_recall_final", NewClassRecallFinal),
            ("average_accuracy_final", AverageAccuracyFinal),
            ("accuracy_all_seen_final", TestAccuracyFinal),
            ("average_incremental_accuracy", AverageIncrementalAccuracy),
            ("forgetting_max", ForgettingMax),
            ("forgetting_first", ForgettingFirst),
            ("bwt", BackwardTransfer),
            ("fwt", ForwardTransfer),
            ("old_accuracy_final", OldAccuracyFinal),
            ("new_accuracy_final", NewAccuracyFinal),
            ("newest_class_attraction_final", NewestClassAttractionFinal),
            ("ece_final", EceFinal),
            ("train_ms", TrainMs),
            ("gradient_steps", GradientSteps),
            ("parameters", Parameters),
        ];
        foreach ((string name, double? value) in all)
            if (value is { } v) yield return (name, v);
    }
}
