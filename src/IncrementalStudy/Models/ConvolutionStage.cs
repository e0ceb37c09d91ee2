namespace IncrementalStudy.Models;

/// <summary>A stride-1 convolution with the body's hidden activation.</summary>
internal sealed record ConvolutionStage(int Filters, int KernelSize, Padding Padding) : ConvStage
{
    public override string ToString() => $"conv {KernelSize}×{KernelSize}×{Filters} {Padding.ToString().ToLowerInvariant()}";
}
