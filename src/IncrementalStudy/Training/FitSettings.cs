namespace IncrementalStudy.Training;

/// <summary>Keras <c>fit</c> arguments.</summary>
public sealed record FitSettings(int Epochs, int BatchSize)
{
    /// <summary>
    /// When set, a fit on few samples runs more epochs, enough for at least this many gradient steps: a fit on 10 samples with
    /// batch 32 would otherwise take one step per epoch, and a comparison across sample counts would compare unconverged fits.
    /// </summary>
    public int? MinimumSteps { get; init; }

    /// <summary>The epochs of a fit on <paramref name="samples"/> samples: <see cref="Epochs"/>, or more to reach <see cref="MinimumSteps"/>.</summary>
    public int EpochsFor(int samples)
    {
        if (MinimumSteps is not { } steps || samples == 0) return Epochs;
        int perEpoch = (samples + BatchSize - 1) / BatchSize;
        return Math.Max(Epochs, (steps + perEpoch - 1) / perEpoch);
    }

    public override string ToString() =>
        $"{Epochs} epochs, batch {BatchSize} per phase" + (MinimumSteps is { } m ? $", at least {m} gradient steps per fit" : "");

    public static FitSettings SeedScenario { get; } = new(10, 32);
}
