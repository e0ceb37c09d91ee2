using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>(λ/2)·Σ F (θ − θ̄)² over every parameter, added to the batch-mean loss; gradient λ·F·(θ − θ̄).</summary>
/// <param name="Fisher">Per parameter, in the model's parameter order, at the parameter's current shape.</param>
internal sealed class EwcPenaltyTerm(IReadOnlyList<double[]> Fisher, IReadOnlyList<double[]> Anchor, double Lambda) : ILossTerm
{
    /// <summary>The summed Fisher diagonal the penalty weighs by.</summary>
    public IReadOnlyList<double[]> Fisher { get; } = Fisher;

    public double AddParameterGradient(IReadOnlyList<Parameter> parameters)
    {
        double penalty = 0;
        for (int k = 0; k < parameters.Count; k++)
        {
            Parameter p = parameters[k];
            double[] fisher = Fisher[k], anchor = Anchor[k];
            for (int i = 0; i < p.Length; i++)
            {
                if (fisher[i] == 0) continue;
                double delta = p.Value[i] - anchor[i];
                p.Gradient[i] += (float)(Lambda * fisher[i] * delta);
                penalty += 0.5 * Lambda * fisher[i] * delta * delta;
            }
        }
        return penalty;
    }
}
