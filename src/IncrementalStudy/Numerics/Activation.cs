namespace IncrementalStudy.Numerics;

public enum Activation
{
    Linear,
    Tanh,
    Relu,
    Sigmoid,
}
