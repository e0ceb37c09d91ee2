using IncrementalStudy.Data;

namespace IncrementalStudy.Models;

/// <summary>What every network does the same way with a data set: check its width, and collect the head's inputs.</summary>
internal static class NetworkInputs
{
    /// <summary>A forward pass over <paramref name="rows"/> inputs returning the last hidden activations, row-major.</summary>
    public delegate ReadOnlySpan<float> HiddenPass(ReadOnlySpan<float> inputs, int rows);

    /// <summary>
    /// Refuses data of another width than the input layer: it would be read with the wrong stride and give wrong numbers
    /// without any error.
    /// </summary>
    public static void RequireWidth(int inputs, Dataset data, string paramName)
    {
        if (data.FeatureCount != inputs)
            throw new ArgumentException($"The {paramName} data has {data.FeatureCount} features but the model takes {inputs} inputs.", paramName);
    }

    /// <summary>The head's input for every sample, row-major [count × <paramref name="width"/>], in chunks of 512 rows.</summary>
    public static float[] HiddenFeatures(Dataset data, int width, HiddenPass pass)
    {
        var result = new float[data.Count * width];
        const int chunk = 512;
        for (int start = 0; start < data.Count; start += chunk)
        {
            int rows = Math.Min(chunk, data.Count - start);
            pass(data.Features.AsSpan(start * data.FeatureCount, rows * data.FeatureCount), rows)[..(rows * width)]
                .CopyTo(result.AsSpan(start * width, rows * width));
        }
        return result;
    }
}
