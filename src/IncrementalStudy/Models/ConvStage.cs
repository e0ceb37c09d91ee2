namespace IncrementalStudy.Models;

/// <summary>One stage of a convolutional body: <see cref="ConvolutionStage"/> or <see cref="MaxPoolStage"/>.</summary>
public abstract record ConvStage
{
    public static ConvStage Convolution(int filters, int kernelSize, Padding padding) => new ConvolutionStage(filters, kernelSize, padding);

    public static ConvStage MaxPool { get; } = new MaxPoolStage();
}
