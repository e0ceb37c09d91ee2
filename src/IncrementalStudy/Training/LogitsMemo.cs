using System.Runtime.InteropServices;
using IncrementalStudy.Data;
using IncrementalStudy.Models;

namespace IncrementalStudy.Training;

/// <summary>
/// Logits a case has already computed, handed back when a later evaluation asks for the same network on the same data.
/// While a case runs (<see cref="ForCase"/>), every <see cref="Trainer.Logits"/> pass on its thread is recorded; only code
/// inside <see cref="Reusing"/> (the case loop's expansion probes and step evaluations) is answered from the record.
/// Training and the per-epoch curves always compute their passes, so the multiply-adds they count do not depend on it.
/// A hit needs the same <see cref="Dataset"/> object, a network of the same <see cref="INetwork.Lineage"/> (itself or a
/// clone) and parameters with the same shapes and bits, so the reused logits are the bits a new pass would give (a forward
/// pass is deterministic and its rows do not depend on the rows around them). Networks and data sets are held weakly: a
/// record never keeps a data set (a joint step's is hundreds of megabytes) or a network alive.
/// </summary>
internal static class LogitsMemo
{
    private const long CapacityBytes = 64L << 20; // per thread, logits and parameter copies; the oldest records go first

    [ThreadStatic] private static List<Entry>? t_entries;
    [ThreadStatic] private static long t_bytes;
    [ThreadStatic] private static int t_reusing;

    /// <summary>Records this thread's forward passes until the scope is disposed; starts and ends with an empty record.</summary>
    public static CaseScope ForCase()
    {
        t_entries = [];
        t_bytes = 0;
        return default;
    }

    /// <summary>Lets <see cref="Trainer.Logits"/> answer from the record until the scope is disposed.</summary>
    public static ReuseScope Reusing()
    {
        t_reusing++;
        return default;
    }

    /// <summary>A copy of recorded logits of <paramref name="model"/> on <paramref name="data"/>, or null.</summary>
    internal static float[]? TryReuse(INetwork model, Dataset data)
    {
        if (t_reusing == 0 || t_entries is not { } entries) return null;
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            Entry entry = entries[i];
            if (entry.Holds(data) && ReferenceEquals(entry.Lineage, model.Lineage) && entry.HasParametersOf(model))
                return (float[])entry.Logits.Clone();
        }
        return null;
    }

    /// <summary>Keeps <paramref name="logits"/> with a copy of the parameters; replaces the network's earlier record on the same data.</summary>
    internal static void Record(INetwork model, Dataset data, float[] logits)
    {
        if (t_entries is not { } entries) return;
        // The network's earlier record on the same data can never match again, nor can one whose data or network is gone.
        for (int i = entries.Count - 1; i >= 0; i--)
            if (entries[i].IsStale || entries[i].Holds(data) && entries[i].Holds(model)) Remove(entries, i);
        // A fit scores its training and test sets with the same weights: the second record shares the first one's copy.
        ParameterCopy[] parameters = entries.Count > 0 && ReferenceEquals(entries[^1].Lineage, model.Lineage) && entries[^1].HasParametersOf(model)
            ? entries[^1].Parameters
            : [.. model.Parameters.Select(p => new ParameterCopy(p.Rows, p.Columns, (float[])p.Value.Clone()))];
        var entry = new Entry(new WeakReference<INetwork>(model), model.Lineage, new WeakReference<Dataset>(data), parameters, (float[])logits.Clone());
        entries.Add(entry);
        t_bytes += entry.Bytes;
        while (t_bytes > CapacityBytes && entries.Count > 1) Remove(entries, 0);
    }

    private static void Remove(List<Entry> entries, int index)
    {
        t_bytes -= entries[index].Bytes;
        entries.RemoveAt(index);
    }

    private sealed record ParameterCopy(int Rows, int Columns, float[] Value);

    private sealed record Entry(WeakReference<INetwork> Network, object Lineage, WeakReference<Dataset> Data, ParameterCopy[] Parameters, float[] Logits)
    {
        public long Bytes => 4L * (Logits.Length + Parameters.Sum(p => (long)p.Value.Length));

        public bool IsStale => !Network.TryGetTarget(out _) || !Data.TryGetTarget(out _);

        public bool Holds(Dataset data) => Data.TryGetTarget(out Dataset? held) && ReferenceEquals(held, data);

        public bool Holds(INetwork network) => Network.TryGetTarget(out INetwork? held) && ReferenceEquals(held, network);

        public bool HasParametersOf(INetwork model)
        {
            int index = 0;
            foreach (Parameter p in model.Parameters)
            {
                if (index >= Parameters.Length) return false;
                ParameterCopy copy = Parameters[index++];
                if (copy.Rows != p.Rows || copy.Columns != p.Columns) return false;
                // Bits, not values: −0 and +0 (or two NaNs) may give different logits downstream.
                if (!MemoryMarshal.Cast<float, int>(copy.Value.AsSpan()).SequenceEqual(MemoryMarshal.Cast<float, int>(p.Value.AsSpan()))) return false;
            }
            return index == Parameters.Length;
        }
    }

    /// <summary>Ends <see cref="ForCase"/> (a struct: opening a scope allocates nothing).</summary>
    internal readonly struct CaseScope : IDisposable
    {
        public void Dispose()
        {
            t_entries = null;
            t_bytes = 0;
        }
    }

    /// <summary>Ends <see cref="Reusing"/>.</summary>
    internal readonly struct ReuseScope : IDisposable
    {
        public void Dispose() => t_reusing--;
    }
}
