using IncrementalStudy.Numerics;

namespace IncrementalStudy.Models;

/// <summary>Uniform initialisation limits, as Keras's glorot_uniform and he_uniform compute them.</summary>
internal static class WeightInit
{
    /// <summary>Glorot &amp; Bengio (2010), eq. 16: U(−√(6/(fan_in + fan_out)), +√(…)); for tanh and sigmoid units and linear heads.</summary>
    public static double GlorotLimit(int fanIn, int fanOut) => Math.Sqrt(6.0 / (fanIn + fanOut));

    /// <summary>He et al. (2015): variance 2/fan_in for ReLU units, i.e. U(−√(6/fan_in), +√(6/fan_in)).</summary>
    public static double HeLimit(int fanIn) => Math.Sqrt(6.0 / fanIn);

    /// <summary>He-uniform for ReLU, Glorot-uniform otherwise.</summary>
    public static double LimitFor(Activation activation, int fanIn, int fanOut) =>
        activation == Activation.Relu ? HeLimit(fanIn) : GlorotLimit(fanIn, fanOut);

    /// <summary>Every value from U(−limit, limit) in storage order, one draw each.</summary>
    public static void FillUniform(Parameter parameter, double limit, Rng rng)
    {
        for (int i = 0; i < parameter.Length; i++) parameter.Value[i] = (float)rng.NextUniform(-limit, limit);
    }
}
