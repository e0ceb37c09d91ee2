namespace IncrementalStudy.Learners;

/// <summary>What a learner's scores are, and so which confidence its calibration is measured with.</summary>
public enum ScoreKind
{
    /// <summary>Logits of one softmax over all present categories; confidence = the top softmax probability.</summary>
    SoftmaxLogits,

    /// <summary>Independent binary logits, one sigmoid per category; confidence = the top σ(z_k) / Σ_j σ(z_j).</summary>
    SigmoidLogits,

    /// <summary>Scores that are not logits of a probability model (e.g. negative distances to class means): no ECE is reported.</summary>
    NotProbabilistic,
}
