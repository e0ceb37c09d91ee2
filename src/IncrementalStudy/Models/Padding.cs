namespace IncrementalStudy.Models;

/// <summary>Border handling of a stride-1 convolution, as Keras names it.</summary>
public enum Padding
{
    /// <summary>Only positions where the kernel fits: the output shrinks by kernel − 1.</summary>
    Valid,

    /// <summary>
    /// Zero padding that keeps the size: kernel − 1 zeros per axis, the odd one (even kernels) after the image, as TensorFlow does.
    /// </summary>
    Same,
}
