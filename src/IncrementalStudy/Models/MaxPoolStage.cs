namespace IncrementalStudy.Models;

/// <summary>2×2 max pooling with stride 2.</summary>
internal sealed record MaxPoolStage : ConvStage
{
    public override string ToString() => "pool 2×2";
}
