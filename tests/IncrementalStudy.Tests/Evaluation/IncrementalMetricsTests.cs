using IncrementalStudy.Evaluation;

namespace IncrementalStudy.Tests.Evaluation;

/// <summary>Every metric on one hand-computed accuracy matrix, where the max-based and first-based forgetting differ.</summary>
public class IncrementalMetricsTests
{
    //            step 1  step 2  step 3
    private static readonly double[,] R =
    {
        { 0.90, 0.10, 0.00 }, // after step 1
        { 0.95, 0.80, 0.00 }, // after step 2 (step 1's classes improved: max ≠ first)
        { 0.50, 0.70, 0.95 }, // after step 3
    };

    [Fact]
    public void Average_accuracies()
    {
        Assert.Equal(0.90, IncrementalMetrics.AverageAccuracy(R, 0), 12);
        Assert.Equal(0.875, IncrementalMetrics.AverageAccuracy(R, 1), 12); // (0.95 + 0.80) / 2
        Assert.Equal(2.15 / 3, IncrementalMetrics.AverageAccuracy(R, 2), 12); // (0.50 + 0.70 + 0.95) / 3
        Assert.Equal((0.90 + 0.875 + 2.15 / 3) / 3, IncrementalMetrics.AverageIncrementalAccuracy(R), 12);
    }

    [Fact]
    public void Forgetting_by_each_definition()
    {
        // Chaudhry/FACIL: step 1 max(0.90, 0.95) − 0.50 = 0.45; step 2: 0.80 − 0.70 = 0.10; mean 0.275
        Assert.Equal(0.275, IncrementalMetrics.ForgettingMax(R), 12);
        // Avalanche: step 1 0.90 − 0.50 = 0.40; step 2 0.80 − 0.70 = 0.10; mean 0.25
        Assert.Equal(0.25, IncrementalMetrics.ForgettingFirst(R), 12);
        Assert.Equal(-0.25, IncrementalMetrics.BackwardTransfer(R), 12);
    }

    [Fact]
    public void Forward_transfer_against_the_untrained_model()
    {
        // j = 2: R[1,2] − b2 = 0.10 − 0.05; j = 3: R[2,3] − b3 = 0.00 − 0.20; mean −0.075
        Assert.Equal(-0.075, IncrementalMetrics.ForwardTransfer(R, [0.1, 0.05, 0.2]), 12);
    }

    [Fact]
    public void One_step_has_no_forgetting_or_transfer()
    {
        double[,] single = { { 0.7 } };
        Assert.True(double.IsNaN(IncrementalMetrics.ForgettingMax(single)));
        Assert.True(double.IsNaN(IncrementalMetrics.BackwardTransfer(single)));
        Assert.True(double.IsNaN(IncrementalMetrics.ForwardTransfer(single, [0.0])));
        Assert.Equal(0.7, IncrementalMetrics.AverageIncrementalAccuracy(single));
    }

    [Fact]
    public void Expected_calibration_error_matches_a_hand_computed_case()
    {
        // Two points at confidence 0.75 (one right, one wrong) and two at 0.9 (both right), 15 bins:
        // ECE = 2/4 · |0.5 − 0.75| + 2/4 · |1 − 0.9| = 0.125 + 0.05
        float ln3 = MathF.Log(3), ln9 = MathF.Log(9);
        float[] scores = [ln3, 0, ln3, 0, 0, ln9, 0, ln9];
        Assert.Equal(0.175, Calibration.ExpectedCalibrationError(scores, 2, [0, 1, 1, 1]), 6);
    }

    [Fact]
    public void Newest_class_attraction_counts_old_points_predicted_as_new()
    {
        // Old points (labels 0, 1): four, two of them predicted as class 2 (the newest).
        Assert.Equal(0.5, Accuracy.NewestClassAttraction([2, 2, 0, 1, 2], [0, 1, 0, 1, 2], newestFrom: 2), 12);
        Assert.True(double.IsNaN(Accuracy.NewestClassAttraction([2], [2], newestFrom: 2)));
    }
}
