namespace IncrementalStudy.Results.Metrics;

/// <summary>
/// The one registry of headline metrics. summary.csv, paired.csv, the console table, report.md and the README's metric list
/// all come from here (a test fails when the README misses one); a new metric is one descriptor here, recorded by the
/// observer that measures it (Recording/Observers). "At expansion" is the first added category, before any update; names without
/// <c>train_</c> are measured on the test set of every category present at that point.
/// </summary>
public static class MetricCatalog
{
    private const string Chaudhry = "Chaudhry et al. 2018, Riemannian Walk for Incremental Learning (ECCV), as in FACIL";
    private const string Gem = "Lopez-Paz & Ranzato 2017, Gradient Episodic Memory for Continual Learning (NeurIPS)";
    private const string Icarl = "Rebuffi et al. 2017, iCaRL: Incremental Classifier and Representation Learning (CVPR); Hou et al. 2019 (CVPR)";
    private const string Guo = "Guo et al. 2017, On Calibration of Modern Neural Networks (ICML)";

    public static readonly MetricDescriptor TestAccuracyAfterPhase1 = new("test_accuracy_after_phase_1", "acc phase 1", MetricUnit.Fraction, true,
        "test accuracy after phase 1 (the categories of the first step)");
    public static readonly MetricDescriptor TrainAccuracyEndOfPhase1 = new("train_accuracy_end_of_phase_1", "train acc phase 1", MetricUnit.Fraction, true,
        "accuracy on the phase-1 training data after phase 1");
    public static readonly MetricDescriptor OracleTestAccuracyAfterPhase1 = new("oracle_test_accuracy_after_phase_1", "oracle phase 1", MetricUnit.Fraction, true,
        "nearest-centre rule on the phase-1 test set (Gaussian scenarios; ≈ Φ(1) = 0.841 for the seed scenario)");
    public static readonly MetricDescriptor TestAccuracyBeforeExpansion = new("test_accuracy_before_expansion", "acc before exp", MetricUnit.Fraction, true,
        "the head before the first expansion, on the test set of every category present after it");
    public static readonly MetricDescriptor TestAccuracyAfterExpansion = new("test_accuracy_after_expansion", "acc after exp", MetricUnit.Fraction, true,
        "the grown head right after the first expansion, before any update, on the same test set");
    public static readonly MetricDescriptor FlipRateAtExpansion = new("flip_rate_at_expansion", "flip rate", MetricUnit.Fraction, null,
        "share of test points whose argmax changes at the first expansion");
    public static readonly MetricDescriptor OldLogitsAllNegativeShare = new("old_logits_all_negative_share", "old logits < 0", MetricUnit.Fraction, null,
        "share of test points whose old logits are all negative (a zero-initialised new node wins there)");
    public static readonly MetricDescriptor OldLogitMaxAbsChange = new("old_logit_max_abs_change", "max |Δ old logit|", MetricUnit.Logit, false,
        "largest change of an old logit at the first expansion (0 for zero and random init: old weights are kept)");
    public static readonly MetricDescriptor OldProbMaxAbsChange = new("old_prob_max_abs_change", "max |Δ p old|", MetricUnit.Fraction, false,
        "largest change of an old category's softmax probability at the first expansion");
    public static readonly MetricDescriptor OldProbMeanAbsChange = new("old_prob_mean_abs_change", "mean |Δ p old|", MetricUnit.Fraction, false,
        "mean change of the old categories' softmax probabilities at the first expansion");
    public static readonly MetricDescriptor TrainAccuracyBeforeExpansion = new("train_accuracy_before_expansion", "train acc before exp", MetricUnit.Fraction, true,
        "the head before the first expansion on the phase-2 training data");
    public static readonly MetricDescriptor TrainAccuracyAfterExpansion = new("train_accuracy_after_expansion", "train acc after exp", MetricUnit.Fraction, true,
        "the grown head, before any update, on the phase-2 training data");
    public static readonly MetricDescriptor TrainLossBeforeExpansion = new("train_loss_before_expansion", "train loss before exp", MetricUnit.Loss, false,
        "cross-entropy on the phase-2 training data before the first expansion (only when it has no sample of the new category)");
    public static readonly MetricDescriptor TrainLossAfterExpansion = new("train_loss_after_expansion", "train loss after exp", MetricUnit.Loss, false,
        "cross-entropy of the grown head on the phase-2 training data, before any update");
    public static readonly MetricDescriptor TrainLossAfterFirstPhase2Epoch = new("train_loss_after_first_phase_2_epoch", "loss ph2 ep1", MetricUnit.Loss, false,
        "fixed-weight training loss of the shared head after the first phase-2 epoch (the continuity check)");
    public static readonly MetricDescriptor TrainLossEndOfPhase1 = new("train_loss_end_of_phase_1", "train loss ph1 end", MetricUnit.Loss, false,
        "fixed-weight training loss of the shared head on phase 1's training data after its last epoch");
    public static readonly MetricDescriptor TrainLossFinal = new("train_loss_final", "train loss final", MetricUnit.Loss, false,
        "fixed-weight training loss of the shared head on the last phase's training data after its last epoch");
    public static readonly MetricDescriptor OracleTestAccuracyFinal = new("oracle_test_accuracy_final", "Bayes acc final", MetricUnit.Fraction, true,
        "the Bayes rule (nearest centre) on the final test set (Gaussian scenarios): the accuracy no classifier can beat on average");
    public static readonly MetricDescriptor TestAccuracyFinal = new("test_accuracy_final", "acc final", MetricUnit.Fraction, true,
        "test accuracy on all categories after the last phase");
    public static readonly MetricDescriptor NewClassRecallFinal = new("new_class_recall_final", "new recall", MetricUnit.Fraction, true,
        "recall of the category that arrived last (when the last step brings one category)");
    public static readonly MetricDescriptor AverageAccuracyFinal = new("average_accuracy_final", "A_T", MetricUnit.Fraction, true,
        "A_T: mean over steps j of R[T][j], the final accuracy on each step's classes");
    public static readonly MetricDescriptor AccuracyAllSeenFinal = new("accuracy_all_seen_final", "acc all seen", MetricUnit.Fraction, true,
        "sample-weighted accuracy on all classes after the last step (= test_accuracy_final)");
    // As published: the accuracy on all classes seen so far (sample-weighted), averaged over steps.
    public static readonly MetricDescriptor AverageIncrementalAccuracy = new("average_incremental_accuracy", "avg inc acc", MetricUnit.Fraction, true,
        "mean over steps i of the sample-weighted test accuracy on all classes seen after step i", Icarl);
    public static readonly MetricDescriptor MeanStepAverageAccuracy = new("mean_step_average_accuracy", "mean A_i", MetricUnit.Fraction, true,
        "mean over steps i of A_i (each step's classes weighted equally, not each sample)");
    public static readonly MetricDescriptor ForgettingMax = new("forgetting_max", "forgetting", MetricUnit.Fraction, false,
        "mean over steps j < T of max_{j ≤ l < T} R[l][j] − R[T][j]", Chaudhry);
    public static readonly MetricDescriptor ForgettingFirst = new("forgetting_first", "forgetting first", MetricUnit.Fraction, false,
        "mean over j < T of R[j][j] − R[T][j] (forgetting measured from the accuracy right after learning, as in Avalanche)");
    public static readonly MetricDescriptor BackwardTransfer = new("bwt", "BWT", MetricUnit.Fraction, true,
        "backward transfer, mean over j < T of R[T][j] − R[j][j]", Gem);
    public static readonly MetricDescriptor BayesForgettingReference = new("bayes_forgetting_reference", "Bayes forgetting", MetricUnit.Fraction, false,
        "forgetting_max of the Bayes (nearest-centre) rule on the same test sets: the old-class accuracy lost to class interference alone (Gaussian scenarios)");
    public static readonly MetricDescriptor OldAccuracyFinal = new("old_accuracy_final", "old acc", MetricUnit.Fraction, true,
        "accuracy after the last step on the classes of earlier steps");
    public static readonly MetricDescriptor NewAccuracyFinal = new("new_accuracy_final", "new acc", MetricUnit.Fraction, true,
        "accuracy after the last step on the classes of the last step");
    public static readonly MetricDescriptor NewestClassAttractionFinal = new("newest_class_attraction_final", "newest attraction", MetricUnit.Fraction, false,
        "share of old-class test points predicted as one of the last step's classes");
    // Separate ids per confidence definition: ECE values are comparable only where the confidence is defined the same way.
    public static readonly MetricDescriptor EceFinal = new("ece_final", "ECE", MetricUnit.Fraction, false,
        "expected calibration error, 15 equal bins of the top softmax probability (softmax heads only)", Guo);
    public static readonly MetricDescriptor EceSigmoidFinal = new("ece_sigmoid_final", "ECE sigmoid", MetricUnit.Fraction, false,
        "expected calibration error, 15 equal bins of the top normalised sigmoid score σ(z_k)/Σ_j σ(z_j) (one-vs-all only)", Guo);
    public static readonly MetricDescriptor TrainMs = new("train_ms", "train ms", MetricUnit.Milliseconds, false,
        "wall-clock time of all phases' optimizer loops (without the per-epoch evaluations), as in cost.csv");
    public static readonly MetricDescriptor EvalMs = new("eval_ms", "eval ms", MetricUnit.Milliseconds, false,
        "wall-clock time of the per-epoch evaluations on the training and test sets during training, as in cost.csv");
    public static readonly MetricDescriptor DistinctSamples = new("distinct_samples", "distinct samples", MetricUnit.Count, false,
        "training samples drawn or given, summed over fits, as in cost.csv (one-vs-all on Gaussian scenarios draws fresh samples)");
    public static readonly MetricDescriptor GradientSteps = new("gradient_steps", "steps", MetricUnit.Count, false,
        "optimizer steps over all phases and models, as in cost.csv");
    public static readonly MetricDescriptor Parameters = new("parameters", "parameters", MetricUnit.Count, false,
        "trainable parameters of the final classifier, as in cost.csv");

    public static readonly MetricDescriptor ExemplarBytesPeak = new("exemplar_bytes_peak", "exemplar bytes", MetricUnit.Count, false,
        "largest stored training-sample memory over the case, as in memory.csv (learners that keep a ledger)");
    public static readonly MetricDescriptor ModelCopyFloatsPeak = new("model_copy_floats_peak", "model copy floats", MetricUnit.Count, false,
        "most floats held besides the classifier (teacher copies, Fisher diagonals, anchors), as in memory.csv");

    /// <summary>Every metric, in the order metrics.csv and summary.csv list them.</summary>
    public static IReadOnlyList<MetricDescriptor> All { get; } =
    [
        TestAccuracyAfterPhase1, TrainAccuracyEndOfPhase1, OracleTestAccuracyAfterPhase1, TestAccuracyBeforeExpansion, TestAccuracyAfterExpansion,
        FlipRateAtExpansion, OldLogitsAllNegativeShare, OldLogitMaxAbsChange, OldProbMaxAbsChange, OldProbMeanAbsChange,
        TrainAccuracyBeforeExpansion, TrainAccuracyAfterExpansion, TrainLossEndOfPhase1, TrainLossBeforeExpansion, TrainLossAfterExpansion,
        TrainLossAfterFirstPhase2Epoch, TrainLossFinal, TestAccuracyFinal, OracleTestAccuracyFinal, NewClassRecallFinal, AverageAccuracyFinal, AccuracyAllSeenFinal, AverageIncrementalAccuracy, MeanStepAverageAccuracy,
        ForgettingMax, ForgettingFirst, BayesForgettingReference, BackwardTransfer, OldAccuracyFinal, NewAccuracyFinal, NewestClassAttractionFinal,
        EceFinal, EceSigmoidFinal, TrainMs, EvalMs, GradientSteps, DistinctSamples, Parameters, ExemplarBytesPeak, ModelCopyFloatsPeak,
    ];

    /// <summary>The rows of report.md's results table, in order (those a folder has).</summary>
    public static IReadOnlyList<MetricDescriptor> Headline { get; } =
    [
        TestAccuracyAfterPhase1, TestAccuracyAfterExpansion, FlipRateAtExpansion, TrainLossEndOfPhase1, TrainLossAfterExpansion, TrainLossAfterFirstPhase2Epoch,
        TrainLossFinal, TestAccuracyFinal, OracleTestAccuracyFinal, AverageAccuracyFinal, AverageIncrementalAccuracy, ForgettingMax, ForgettingFirst, BayesForgettingReference, BackwardTransfer,
        OldAccuracyFinal, NewAccuracyFinal, NewClassRecallFinal, NewestClassAttractionFinal, EceFinal, EceSigmoidFinal,
        TrainMs, EvalMs, GradientSteps, DistinctSamples, Parameters,
    ];

    /// <summary>Metrics whose paired differences report.md shows for every pair of strategies (paired.csv has them all).</summary>
    public static IReadOnlyList<MetricDescriptor> Paired { get; } =
        [TestAccuracyFinal, AverageIncrementalAccuracy, ForgettingMax, OldAccuracyFinal, NewAccuracyFinal, TrainLossAfterFirstPhase2Epoch];

    /// <summary>The columns of the console summary printed after a run.</summary>
    public static IReadOnlyList<MetricDescriptor> Console { get; } =
        [TestAccuracyAfterPhase1, FlipRateAtExpansion, TestAccuracyFinal, AverageAccuracyFinal, ForgettingMax];

    private static readonly Dictionary<string, MetricDescriptor> ById = All.ToDictionary(m => m.Id, StringComparer.Ordinal);
    private static readonly Dictionary<MetricDescriptor, int> Position = All.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);

    /// <summary>The metric's position in <see cref="All"/>, or −1 for a metric declared elsewhere (e.g. by a strategy).</summary>
    public static int IndexOf(MetricDescriptor metric) => Position.GetValueOrDefault(metric, -1);

    /// <summary>The descriptor of a metric id, or null when no metric has that id.</summary>
    public static MetricDescriptor? Find(string id) => ById.GetValueOrDefault(id);
}
