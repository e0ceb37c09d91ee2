namespace IncrementalStudy.Models;

/// <summary>How the weights of a newly added output node start.</summary>
public enum HeadInit
{
    /// <summary>Zero kernel column and zero bias: every old logit is unchanged and the new logit is 0.</summary>
    Zero,

    /// <summary>
    /// Glorot-uniform kernel column, zero bias, as Keras would initialise a fresh layer; the limit uses the fan-out the head has
    /// at the end of the step (a node added while another class of the same step is still to come takes the final size).
    /// </summary>
    Random,

    /// <summary>
    /// A variant of weight imprinting (Qi et al. 2018, Low-Shot Learning with Imprinted Weights, CVPR), for a plain dense head
    /// rather than the paper's cosine classifier: the new column is the normalised mean of the new class's raw (not
    /// L2-normalised) last-hidden activations, scaled to the mean norm of the old columns, and the bias is the mean old bias
    /// (the paper has unit-norm weights and no bias). Zero init when the class has no sample.
    /// </summary>
    ImprintScaled,

    /// <summary>
    /// A head allocated at the start for every category of the scenario: all kernel columns drawn once from Glorot-uniform with
    /// the fan-out of the full head (its own generator), zero biases, unseen outputs masked. Masked outputs get no gradient
    /// and do not affect the body, so revealing an output is exactly appending its pre-drawn column.
    /// </summary>
    Masked,
}
