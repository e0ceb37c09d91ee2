using IncrementalStudy.Data;
using IncrementalStudy.Evaluation;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Evaluation;

public class ExpansionProbeTests
{
    /// <summary>
    /// One input, a linear 2-class head z = (x, -x - 0.5), points x = 2, -1, -0.2 labelled 0, 1, 2. Only x = -0.2 has both
    /// old logits negative, so the zero-initialised third logit wins there. Probability changes computed by hand:
    /// |Δp| = (0.116751, 0.001297), (0.060474, 0.271025), (0.205106, 0.185588).
    /// </summary>
    [Fact]
    public void Probe_matches_a_hand_computed_case()
    {
        var head = new DenseLayer(1, 2, Activation.Linear, "head");
        head.Kernel.Value[0] = 1f;
        head.Kernel.Value[1] = -1f;
        head.Bias.Value[1] = -0.5f;
        Mlp before = Mlp.FromLayers([head]);
        Mlp after = before.Clone();
        after.AddOutput(new float[1], 0f);
        var data = new Dataset([2f, -1f, -0.2f], [0, 1, 2], 1);

        ExpansionProbe probe = ExpansionProbe.Measure(new HeadExpansion(2, before, after, 10, 0), data);

        Assert.True(probe.OldParametersBitIdentical);
        Assert.Equal(0.0, probe.OldLogitMaxAbsChange);
        Assert.Equal(1.0 / 3, probe.FlipRate, 12);
        Assert.Equal(1.0 / 3, probe.OldLogitsAllNegativeShare, 12);
        Assert.Equal(2.0 / 3, probe.AccuracyBefore, 12);
        Assert.Equal(1.0, probe.AccuracyAfter);
        Assert.Equal(0.271025, probe.OldProbMaxAbsChange, 1e-6);
        Assert.Equal(0.840241 / 6, probe.OldProbMeanAbsChange, 1e-6);
        Assert.Null(probe.LossBefore); // label 2 does not exist in the old head
        Assert.Equal((10L, 0L), (probe.OptimizerStateBefore, probe.OptimizerStateAfter));
    }

    [Fact]
    public void A_changed_old_weight_is_detected()
    {
        var head = new DenseLayer(1, 2, Activation.Linear, "head");
        Mlp before = Mlp.FromLayers([head]);
        Mlp after = before.Clone();
        after.AddOutput(new float[1], 0f);
        after.Head.Bias.Value[1] = -0f; // same value, different bits
        Assert.False(ExpansionProbe.OldParametersUnchanged(before, after));
    }
}
