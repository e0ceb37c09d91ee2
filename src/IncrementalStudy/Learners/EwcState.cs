using IncrementalStudy.Models;

namespace IncrementalStudy.Learners;

/// <summary>EWC's summed Fisher diagonal and Fisher-weighted anchor of one parameter, at the parameter's shape when stored.</summary>
internal sealed record EwcState(int Rows, int Columns, double[] Fisher, double[] Anchor)
{
    public static EwcState Empty(Parameter p) => new(p.Rows, p.Columns, new double[p.Length], new double[p.Length]);

    /// <summary>The same state with zero Fisher on columns the parameter gained since (a grown head's new outputs).</summary>
    public EwcState Grown(Parameter p)
    {
        if (p.Columns == Columns) return this;
        return new(Rows, p.Columns, Widen(Fisher, p.Columns), Widen(Anchor, p.Columns));
    }

    /// <summary>Adds one step's penalty F_t (θ − θ*_t)²: F ← F + F_t, θ̄ ← (F θ̄ + F_t θ*_t) / (F + F_t).</summary>
    public EwcState Add(double[] stepFisher, float[] stepAnchor)
    {
        var fisher = new double[Fisher.Length];
        var anchor = new double[Anchor.Length];
        for (int i = 0; i < fisher.Length; i++)
        {
            fisher[i] = Fisher[i] + stepFisher[i];
            anchor[i] = fisher[i] > 0 ? (Fisher[i] * Anchor[i] + stepFisher[i] * stepAnchor[i]) / fisher[i] : stepAnchor[i];
        }
        return new(Rows, Columns, fisher, anchor);
    }

    private double[] Widen(double[] source, int columns)
    {
        var result = new double[Rows * columns];
        for (int r = 0; r < Rows; r++) Array.Copy(source, r * Columns, result, r * columns, Columns);
        return result;
    }
}
