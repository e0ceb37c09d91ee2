using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// Elastic Weight Consolidation (Kirkpatrick et al. 2017, PNAS) on a shared head: after each step the diagonal of the true
/// Fisher information on that step's training set (new data and any stored samples the fit used) (<see cref="DiagonalFisher"/>) is computed at the trained parameters
/// θ*_t, and later steps add Σ_t (λ/2)·Σ_i F_t,i (θ_i − θ*_t,i)². As the paper notes, a sum of quadratic penalties is one
/// quadratic: it is kept as the summed Fisher F = Σ_t F_t and the Fisher-weighted anchor θ̄ = Σ_t F_t θ*_t / F, whose
/// penalty (λ/2)·Σ F (θ − θ̄)² has the same gradient and differs only by a constant. Head columns added after a step have
/// F = 0 there, so new outputs are not penalised; the first step has no penalty. The Fisher is an expectation over the
/// data; with <paramref name="fisherSamples"/> it is estimated on that many of the step's samples drawn without replacement
/// from <paramref name="fisherRng"/> (the paper leaves the sample open; the exact per-sample Fisher of a 784-400-400 network
/// on 12,000 Fashion-MNIST images per step would cost more than the step's training).
/// </summary>
internal sealed class EwcRegularizer(double lambda, int? fisherSamples = null, Rng? fisherRng = null) : IStepRegularizer
{
    private readonly List<EwcState> _state = []; // one per parameter, in the model's parameter order

    public long ModelCopyFloats => _state.Sum(s => 2L * s.Fisher.Length);

    public IReadOnlyList<ILossTerm> BeginStep(StepStart start)
    {
        INetwork model = start.Model;
        if (_state.Count == 0) return [];
        Parameter[] parameters = [.. model.Parameters];
        for (int k = 0; k < parameters.Length; k++) _state[k] = _state[k].Grown(parameters[k]);
        return [new EwcPenaltyTerm([.. _state.Select(s => s.Fisher)], [.. _state.Select(s => s.Anchor)], lambda)];
    }

    public void EndStep(StepEnd end)
    {
        INetwork model = end.Model;
        Dataset train = end.TrainingSet;
        Parameter[] parameters = [.. model.Parameters];
        double[][] fisher = DiagonalFisher.True(model, FisherData(train));
        for (int k = 0; k < parameters.Length; k++)
        {
            EwcState previous = k < _state.Count ? _state[k].Grown(parameters[k]) : EwcState.Empty(parameters[k]);
            EwcState next = previous.Add(fisher[k], parameters[k].Value);
            if (k < _state.Count) _state[k] = next;
            else _state.Add(next);
        }
    }

    private Dataset FisherData(Dataset train)
    {
        if (fisherSamples is not { } count || count >= train.Count) return train;
        if (fisherRng is null) throw new InvalidOperationException("A Fisher sample needs its generator.");
        int[] indices = [.. Enumerable.Range(0, train.Count)];
        fisherRng.Shuffle(indices.AsSpan());
        Array.Sort(indices, 0, count); // in data order, so the sums run as over the whole set
        return train.Select(indices.AsSpan(0, count));
    }
}
