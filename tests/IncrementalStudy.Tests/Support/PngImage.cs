using SkiaSharp;

namespace IncrementalStudy.Tests.Support;

internal static class PngImage
{
    /// <summary>Variance of the grey level over all pixels: near 0 for a blank or single-colour image.</summary>
    public static double GreyVariance(string path, out int width, out int height)
    {
        using SKBitmap bitmap = SKBitmap.Decode(path) ?? throw new InvalidDataException($"{path} is not a readable image");
        width = bitmap.Width;
        height = bitmap.Height;
        double sum = 0, sumSquares = 0;
        int n = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SKColor c = bitmap.GetPixel(x, y);
                double grey = (c.Red + c.Green + c.Blue) / 3.0;
                sum += grey;
                sumSquares += grey * grey;
                n++;
            }
        double mean = sum / n;
        return sumSquares / n - mean * mean;
    }
}
