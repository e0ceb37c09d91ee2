using IncrementalStudy.Numerics;

namespace IncrementalStudy.Data;

/// <summary>Draws fresh labelled samples of one category (what one-vs-all asks for when it needs X samples).</summary>
public interface ICategorySampler
{
    Dataset Sample(int category, int count, Rng rng);
}
