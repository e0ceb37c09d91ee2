namespace IncrementalStudy.Numerics;

public enum LossKind
{
    /// <summary>Categorical cross-entropy on softmax of the logits; labels are class indices.</summary>
    SoftmaxCrossEntropy,

    /// <summary>Binary cross-entropy on the sigmoid of a single logit; labels are 0 or 1.</summary>
    BinaryCrossEntropy,

    /// <summary>Binary cross-entropy on the sigmoid of every output against the one-hot target; labels are class indices.</summary>
    OneVsAllBinaryCrossEntropy,
}
