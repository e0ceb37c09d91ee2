namespace IncrementalStudy.Training;

/// <summary>Which optimizer to build, with its hyper-parameters (null learning rate = the optimizer's default).</summary>
public sealed record OptimizerSpec(OptimizerKind Kind, double? LearningRate = null, double Momentum = 0.0)
{
    public static OptimizerSpec NadamKeras2 { get; } = new(OptimizerKind.NadamKeras2);
    public static OptimizerSpec NadamKeras3 { get; } = new(OptimizerKind.NadamKeras3);

    /// <summary>
    /// tf.keras 2.0–2.10 (and keras 2.4–2.10) <c>Nadam()</c>: the legacy 0.004·t momentum schedule with lr 0.001, between
    /// standalone Keras ≤ 2.3 (<see cref="NadamKeras2"/>, lr 0.002) and Keras 3 (<see cref="NadamKeras3"/>).
    /// </summary>
    public static OptimizerSpec NadamTfKeras2 { get; } = new(OptimizerKind.NadamKeras2, 0.001);

    public Optimizer Create() => Kind switch
    {
        OptimizerKind.Sgd => new Sgd(LearningRate ?? 0.01, Momentum),
        OptimizerKind.Adam => new Adam(LearningRate ?? 1e-3),
        OptimizerKind.NadamKeras2 => new Nadam(NadamFlavour.Keras2Legacy, LearningRate),
        OptimizerKind.NadamKeras3 => new Nadam(NadamFlavour.Keras3, LearningRate),
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    public override string ToString() => Kind switch
    {
        OptimizerKind.NadamKeras2 => $"Nadam (Keras 2 legacy, lr {LearningRate ?? 0.002})",
        OptimizerKind.NadamKeras3 => $"Nadam (Keras 3, lr {LearningRate ?? 0.001})",
        OptimizerKind.Adam => $"Adam (lr {LearningRate ?? 1e-3})",
        _ => $"SGD (lr {LearningRate ?? 0.01}, momentum {Momentum})",
    };
}
