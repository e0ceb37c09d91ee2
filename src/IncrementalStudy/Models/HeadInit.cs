namespace IncrementalStudy.Models;

/// <summary>How the weights of a newly added output node start.</summary>
public enum HeadInit
{
    /// <summary>Zero kernel column and zero bias: every old logit is unchanged and the new logit is 0.</summary>
    Zero,

    /// <summary>Glorot-uniform kernel column (limit from the grown layer's fan-in and fan-out), zero bias, as Keras would initialise a fresh layer.</summary>
    Random,

    /// <summary>
    /// Weight imprinting: the new column is the normalised mean last-hidden activation of the new class's training samples,
    /// scaled to the mean norm of the old columns; the bias is the mean old bias. Zero init when the class has no sample.
    /// </summary>
    Imprint,

    /// <summary>
    /// A head pre-allocated for every category with unseen outputs masked. Masked outputs get no gradient and do not affect the
    /// body, so this is exactly a grown head whose new column holds the Glorot draw of a layer sized for all categories.
    /// </summary>
    Masked,
}
