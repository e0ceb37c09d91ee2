namespace IncrementalStudy.Training;

/// <summary>The two Keras Nadam schedules; they differ in the momentum-decay exponent and the default learning rate.</summary>
internal enum NadamFlavour
{
    /// <summary>
    /// Standalone Keras ≤ 2.3 <c>keras.optimizers.Nadam()</c> (the original code's API): lr 0.002, schedule_decay 0.004 (exponent 0.004·t).
    /// tf.keras 2.0–2.10 keeps this schedule with lr 0.001 (<see cref="OptimizerSpec.NadamTfKeras2"/>).
    /// </summary>
    Keras2Legacy,

    /// <summary>Keras 3 / tf.keras ≥ 2.11: lr 0.001, exponent t.</summary>
    Keras3,
}
