namespace IncrementalStudy.Training;

/// <summary>Keras <c>fit</c> arguments.</summary>
public sealed record FitSettings(int Epochs, int BatchSize)
{
    public static FitSettings SeedScenario { get; } = new(10, 32);
}
