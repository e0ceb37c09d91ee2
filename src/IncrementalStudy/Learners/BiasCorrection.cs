namespace IncrementalStudy.Learners;

/// <summary>
/// BiC's bias correction layer (Wu et al. 2019, CVPR, eq. 5): q_k = α·o_k + β for the outputs of the newest step's classes
/// (from <see cref="FirstNew"/> on) and q_k = o_k for the old ones. The two scalars are fitted by minimising the softmax
/// cross-entropy of the corrected logits on a small balanced validation set, all other parameters frozen; the problem is
/// convex in (α, β) (the logits are affine in them), so Newton's method in double finds the optimum deterministically. Each
/// Newton step is tried in full and halved while it would raise the loss: far from the optimum (confident logits, small
/// curvature) a full step can overshoot and diverge, which once drove α to a value that scored no new-class sample right.
/// </summary>
internal sealed record BiasCorrection(int FirstNew, double Alpha, double Beta)
{
    public static BiasCorrection Identity(int firstNew) => new(firstNew, 1, 0);

    /// <summary>Corrects row-major logits [rows × outputs] in place.</summary>
    public void Apply(Span<float> logits, int outputs)
    {
        for (int r = 0; r < logits.Length / outputs; r++)
            for (int k = FirstNew; k < outputs; k++) logits[r * outputs + k] = (float)(Alpha * logits[r * outputs + k] + Beta);
    }

    /// <summary>Fits α and β on validation logits and labels, starting from the identity.</summary>
    public static BiasCorrection Fit(ReadOnlySpan<float> logits, int outputs, ReadOnlySpan<int> labels, int firstNew, int iterations = 50)
    {
        double alpha = 1, beta = 0;
        var p = new double[outputs];
        for (int it = 0; it < iterations; it++)
        {
            // Gradient and Hessian of the summed cross-entropy in (α, β): with u_k = ∂q_k/∂α = o_k, ∂q_k/∂β = 1 on new outputs,
            // g = Σ_k (p_k − y_k)·(u_k, 1) and H = Cov_p of (u, 1) restricted to new outputs.
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (int r = 0; r < labels.Length; r++)
            {
                ReadOnlySpan<float> row = logits.Slice(r * outputs, outputs);
                double max = double.NegativeInfinity;
                for (int k = 0; k < outputs; k++) max = Math.Max(max, p[k] = k >= firstNew ? alpha * row[k] + beta : row[k]);
                double sum = 0;
                for (int k = 0; k < outputs; k++) sum += p[k] = Math.Exp(p[k] - max);
                double ea = 0, eb = 0, eaa = 0;
                for (int k = firstNew; k < outputs; k++)
                {
                    p[k] /= sum;
                    ea += p[k] * row[k];
                    eb += p[k];
                    eaa += p[k] * row[k] * row[k];
                }
                int y = labels[r];
                ga += ea - (y >= firstNew ? row[y] : 0);
                gb += eb - (y >= firstNew ? 1 : 0);
                haa += eaa - ea * ea;
                hab += ea - ea * eb;
                hbb += eb - eb * eb;
            }
            double det = haa * hbb - hab * hab;
            if (!(det > 1e-12)) break; // flat (e.g. no validation sample): keep the current values
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            // A rise within rounding is accepted, so a fit that converges with full steps keeps exactly those steps.
            double limit = Loss(logits, outputs, labels, firstNew, alpha, beta, p) * (1 + 1e-9) + 1e-12;
            double step = 1;
            while (step > 1e-12 && !(Loss(logits, outputs, labels, firstNew, alpha - step * da, beta - step * db, p) <= limit)) step /= 2;
            if (step <= 1e-12) break; // no descent along the Newton direction
            alpha -= step * da;
            beta -= step * db;
            if (step * (Math.Abs(da) + Math.Abs(db)) < 1e-12) break;
        }
        return new BiasCorrection(firstNew, alpha, beta);
    }

    /// <summary>Summed softmax cross-entropy of the corrected logits (<paramref name="scratch"/> holds one row).</summary>
    private static double Loss(ReadOnlySpan<float> logits, int outputs, ReadOnlySpan<int> labels, int firstNew, double alpha, double beta, double[] scratch)
    {
        double loss = 0;
        for (int r = 0; r < labels.Length; r++)
        {
            ReadOnlySpan<float> row = logits.Slice(r * outputs, outputs);
            double max = double.NegativeInfinity;
            for (int k = 0; k < outputs; k++) max = Math.Max(max, scratch[k] = k >= firstNew ? alpha * row[k] + beta : row[k]);
            double sum = 0;
            for (int k = 0; k < outputs; k++) sum += Math.Exp(scratch[k] - max);
            loss += max + Math.Log(sum) - scratch[labels[r]];
        }
        return loss;
    }
}
