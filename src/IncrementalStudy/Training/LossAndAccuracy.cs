namespace IncrementalStudy.Training;

public readonly record struct LossAndAccuracy(double Loss, double Accuracy);
