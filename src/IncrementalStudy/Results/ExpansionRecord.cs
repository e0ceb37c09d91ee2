using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of expansion.csv: the expansion probe of one added category, on one data set ("test" or "train").</summary>
[CsvRecord]
public sealed partial record ExpansionRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("phase")] int Phase,
    [CsvColumn("new_class")] int NewClass,
    [CsvColumn("data")] string Data,
    [CsvColumn("points")] int Points,
    [CsvColumn("old_params_bit_identical")] bool OldParamsBitIdentical,
    [CsvColumn("old_logit_max_abs_change")] double OldLogitMaxAbsChange,
    [CsvColumn("new_logit_min")] double NewLogitMin,
    [CsvColumn("new_logit_max")] double NewLogitMax,
    [CsvColumn("flip_rate")] double FlipRate,
    [CsvColumn("old_logits_all_negative_share")] double OldLogitsAllNegativeShare,
    [CsvColumn("old_prob_max_abs_change")] double OldProbMaxAbsChange,
    [CsvColumn("old_prob_mean_abs_change")] double OldProbMeanAbsChange,
    [CsvColumn("accuracy_before")] double AccuracyBefore,
    [CsvColumn("accuracy_after")] double AccuracyAfter,
    [CsvColumn("loss_before")] double? LossBefore,
    [CsvColumn("loss_after")] double? LossAfter,
    [CsvColumn("optimizer_state_before")] long OptimizerStateBefore,
    [CsvColumn("optimizer_state_after")] long OptimizerStateAfter);
