namespace IncrementalStudy.Models;

/// <summary>How the weights of a newly added output node start.</summary>
public enum HeadInit
{
    /// <summary>Zero kernel column and zero bias: every old logit is unchanged and the new logit is 0.</summary>
    Zero,

    /// <summary>Glorot-uniform kernel column (limit from the grown layer's fan-in and fan-out), zero bias, as Keras would initialise a fresh layer.</summary>
    Random,
}
