namespace IncrementalStudy.Training;

/// <summary>What happens to optimizer state when the head grows.</summary>
public enum OptimizerHandling
{
    /// <summary>Recompile: a fresh optimizer (step count and moments reset), as the original code does.</summary>
    Reset,

    /// <summary>Keep the optimizer: moments extended with zeros for the new parameters, step count kept.</summary>
    Carry,
}
