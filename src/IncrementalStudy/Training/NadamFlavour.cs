namespace IncrementalStudy.Training;

/// <summary>The two Keras Nadam schedules; they differ in the momentum-decay exponent and the default learning rate.</summary>
public enum NadamFlavour
{
    /// <summary>Keras 2.x <c>keras.optimizers.Nadam()</c> (the original code): lr 0.002, schedule_decay 0.004 (exponent 0.004·t).</summary>
    Keras2Legacy,

    /// <summary>Keras 3 / tf.keras ≥ 2.11: lr 0.001, exponent t.</summary>
    Keras3,
}
