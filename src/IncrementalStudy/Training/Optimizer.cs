using IncrementalStudy.Models;

namespace IncrementalStudy.Training;

/// <summary>
/// A first-order optimizer with per-parameter state slots (momentum, second moment, …) of the parameter's shape.
/// A fresh instance is a Keras "recompile"; <see cref="ExtendColumns"/> carries state across a head expansion.
/// </summary>
public abstract class Optimizer
{
    private readonly Dictionary<Parameter, float[][]> _slots = new(ReferenceEqualityComparer.Instance);

    /// <summary>Number of updates applied so far (Keras's <c>iterations</c>).</summary>
    public long Iterations { get; private set; }

    protected abstract int SlotCount { get; }

    /// <summary>Floats held in per-parameter state (scalars such as the step count are not counted).</summary>
    public long StateFloatCount => _slots.Values.Sum(slots => (long)slots.Sum(s => s.Length));

    /// <summary>Applies one update to every parameter from its current gradient.</summary>
    public void Step(ReadOnlySpan<Parameter> parameters)
    {
        Iterations++;
        BeginStep(Iterations);
        foreach (Parameter parameter in parameters)
            Update(parameter.Value, parameter.Gradient, SlotsOf(parameter));
    }

    /// <summary>After a parameter gained columns, extends its state with zeros for the new columns.</summary>
    public void ExtendColumns(Parameter parameter, int oldColumns)
    {
        if (!_slots.TryGetValue(parameter, out float[][]? slots)) return;
        int added = parameter.Columns - oldColumns;
        for (int s = 0; s < slots.Length; s++)
            slots[s] = Parameter.WithAppendedColumns(slots[s], parameter.Rows, oldColumns, added);
    }

    /// <summary>The state slots of one parameter (created as zeros on first use), for tests and probes.</summary>
    public IReadOnlyList<float[]> SlotsOf(Parameter parameter)
    {
        if (_slots.TryGetValue(parameter, out float[][]? slots))
        {
            if (slots.Length > 0 && slots[0].Length != parameter.Length)
                throw new InvalidOperationException($"{parameter.Name} changed shape; call {nameof(ExtendColumns)} or use a fresh optimizer.");
        }
        else
        {
            slots = new float[SlotCount][];
            for (int s = 0; s < SlotCount; s++) slots[s] = new float[parameter.Length];
            _slots[parameter] = slots;
        }
        return slots;
    }

    /// <summary>Computes the scalars shared by all parameters at step <paramref name="t"/> (1-based).</summary>
    protected virtual void BeginStep(long t)
    {
    }

    protected abstract void Update(Span<float> value, ReadOnlySpan<float> gradient, IReadOnlyList<float[]> slots);
}
