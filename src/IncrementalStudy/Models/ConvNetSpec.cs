using IncrementalStudy.Numerics;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Models;

/// <summary>
/// A convolutional body: an image given channel-major (channels × height × width, as data sets store it) → convolution and
/// pooling stages → flatten → dense hidden layers → linear head. Every convolution and dense hidden layer uses
/// <see cref="HiddenActivation"/>, initialised He-uniform for ReLU and Glorot-uniform otherwise (see <see cref="WeightInit"/>).
/// </summary>
public sealed record ConvNetSpec(ImageShape Input, IReadOnlyList<ConvStage> Stages, IReadOnlyList<int> HiddenUnits, Activation HiddenActivation)
    : INetworkSpec
{
    /// <summary>
    /// A LeNet-5-sized body for 28×28 digits (LeCun et al. 1998): conv 5×5×6 → pool → conv 5×5×16 → pool → 120 → 84 → head.
    /// The paper's 32×32 input and valid first convolution become "same" padding on 28×28, and its trainable average
    /// subsampling and partial C3 connection table become max pooling and a full convolution, as modern re-implementations do.
    /// </summary>
    public static ConvNetSpec LeNet5(Activation activation = Activation.Tanh) => new(
        new ImageShape(1, 28, 28),
        [ConvStage.Convolution(6, 5, Padding.Same), ConvStage.MaxPool, ConvStage.Convolution(16, 5, Padding.Valid), ConvStage.MaxPool],
        [120, 84],
        activation);

    public int Inputs => Input.Size;

    public IEnumerable<ValidationError> Validate()
    {
        if (HiddenUnits.Any(h => h < 1))
            yield return new ValidationError("Network.HiddenUnits", "contains a layer with no units", "give every hidden layer at least 1 unit");
    }

    public INetwork CreateNetwork(int outputs, Rng bodyRng, Rng headRng) => SequentialNetwork.Create(this, outputs, bodyRng, headRng);

    public override string ToString()
    {
        string activation = HiddenActivation.ToString().ToLowerInvariant();
        IEnumerable<string> parts = [
            Input.ToString(),
            .. Stages.Select(s => s is ConvolutionStage ? $"{s} {activation}" : s.ToString()),
            .. HiddenUnits.Select(h => $"{h} {activation}"),
            "head"];
        return string.Join(" → ", parts);
    }
}
