namespace IncrementalStudy.Training;

/// <summary>One batch as the training loop sees it: the rows, their inputs and labels, and the model's logits for them.</summary>
/// <param name="Indices">The batch's rows as indices into the fit's training set (in shuffled order).</param>
/// <param name="Inputs">Row-major [rows × features].</param>
/// <param name="Logits">Row-major [rows × outputs], before any activation.</param>
public readonly ref struct TrainingBatch(ReadOnlySpan<int> indices, ReadOnlySpan<float> inputs, int features, ReadOnlySpan<int> labels,
    ReadOnlySpan<float> logits, int outputs)
{
    public ReadOnlySpan<int> Indices { get; } = indices;
    public ReadOnlySpan<float> Inputs { get; } = inputs;
    public int Features { get; } = features;
    public ReadOnlySpan<int> Labels { get; } = labels;
    public ReadOnlySpan<float> Logits { get; } = logits;
    public int Outputs { get; } = outputs;
    public int Rows => Indices.Length;
}
