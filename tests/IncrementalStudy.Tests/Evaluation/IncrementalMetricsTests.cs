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
        Assert.Equal((0.90 + 0.875 + 2.15 / 3) / 3, IncrementalMetrics.MeanStepAverageAccuracy(R), 12);
    }

    [Fact]
    public void Average_incremental_accuracy_weights_every_test_sample_of_the_classes_seen()
    {
        // Test samples per step 200, 100, 100. All seen after step 1: 0.90; after step 2: (200·0.95 + 100·0.80) / 300 = 0.90;
        // after step 3: (200·0.50 + 100·0.70 + 100·0.95) / 400 = 0.6625. Mean 2.4625 / 3 (the step-weighted mean is 0.8306).
        int[] counts = [200, 100, 100];
        Assert.Equal(0.90, IncrementalMetrics.AccuracyAllSeen(R, counts, 1), 12);
        Assert.Equal(0.6625, IncrementalMetrics.AccuracyAllSeen(R, counts, 2), 12);
        Assert.Equal(2.4625 / 3, IncrementalMetrics.AverageIncrementalAccuracy(R, counts), 12);
        // Equal counts per step weigh every sample the same as every step's classes only in step 1.
        Assert.NotEqual(IncrementalMetrics.MeanStepAverageAccuracy(R), IncrementalMetrics.AverageIncrementalAccuracy(R, counts), 3);
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
    public void One_step_has_no_forgetting_or_transfer()
    {
        double[,] single = { { 0.7 } };
        Assert.True(double.IsNaN(IncrementalMetrics.ForgettingMax(single)));
        Assert.True(double.IsNaN(IncrementalMetrics.BackwardTransfer(single)));
        Assert.Equal(0.7, IncrementalMetrics.AverageIncrementalAccuracy(single, [10]));
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
    public void Sigmoid_calibration_uses_normalised_sigmoid_scores()
    {
        // σ(ln 3) = 0.75, σ(−ln 3) = 0.25, σ(0) = 0.5. Point 1: [ln 3, −ln 3], label 0: confidence 0.75 / 1.0 = 0.75, right.
        // Point 2: [0, ln 3], label 1: confidence 0.75 / 1.25 = 0.6, right. ECE = ½ |1 − 0.75| + ½ |1 − 0.6| = 0.325.
        float ln3 = MathF.Log(3);
        float[] scores = [ln3, -ln3, 0, ln3];
        Assert.Equal(0.325, Calibration.ExpectedCalibrationErrorSigmoid(scores, 2, [0, 1]), 6);
        // The softmax reading of the same logits is another number (confidences 0.9 and 0.75): ½ · 0.1 + ½ · 0.25.
        Assert.Equal(0.175, Calibration.ExpectedCalibrationError(scores, 2, [0, 1]), 6);
    }

    [Fact]
    public void Newest_class_attraction_counts_old_points_predicted_as_new()
    {
        // Old points (labels 0, 1): four, two of them predicted as class 2 (the newest).
        Assert.Equal(0.5, Accuracy.NewestClassAttraction([2, 2, 0, 1, 2], [0, 1, 0, 1, 2], newestFrom: 2), 12);
        Assert.True(double.IsNaN(Accuracy.NewestClassAttraction([2], [2], newestFrom: 2)));
    }
}
