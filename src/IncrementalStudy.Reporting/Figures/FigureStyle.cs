using System.Text.RegularExpressions;
using ScottPlot;
using SkiaSharp;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>Fonts, colours, sizes and saving shared by every figure.</summary>
internal static partial class FigureStyle
{
    public const string FontName = "DejaVu Sans";
    private static readonly Lock FontLock = new();
    private static bool _fontsRegistered;

    /// <summary>
    /// One fixed colour per strategy, by its position in the experiment definition: Tableau 10, then its light partners
    /// (Tableau 20 order) so that up to 20 strategies stay distinct.
    /// </summary>
    private static readonly string[] StrategyPalette =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
        "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
    ];

    /// <summary>Class colours (ColorBrewer Dark2), distinct from the strategy palette's order.</summary>
    private static readonly string[] ClassPalette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"];
    private static readonly string[] ClassColourNames = ["teal", "orange", "purple", "pink", "green", "yellow", "brown", "grey"];

    /// <summary>"class 0 teal, class 1 orange, …" for captions.</summary>
    public static string ClassColourLegend(int classes) =>
        string.Join(", ", Enumerable.Range(0, classes).Select(c => $"class {c} {ClassColourNames[c % ClassColourNames.Length]}"));

    public static Color StrategyColor(IReadOnlyList<string> strategies, string strategy) =>
        Color.FromHex(StrategyPalette[Math.Max(0, IndexOf(strategies, strategy)) % StrategyPalette.Length]);

    public static Color ClassColor(int category) => Color.FromHex(ClassPalette[category % ClassPalette.Length]);

    /// <summary>
    /// Registers the embedded DejaVu Sans as ScottPlot's default font. Without it, a machine with no fonts renders
    /// figures without any text, silently.
    /// </summary>
    public static void EnsureFonts()
    {
        lock (FontLock)
        {
            if (_fontsRegistered) return;
            string folder = Path.Combine(Path.GetTempPath(), "incstudy-fonts-" + typeof(FigureStyle).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
            Directory.CreateDirectory(folder);
            Fonts.AddFontFile(FontName, Extract(folder, "DejaVuSans.ttf"), bold: false, italic: false);
            Fonts.AddFontFile(FontName, Extract(folder, "DejaVuSans-Bold.ttf"), bold: true, italic: false);
            Fonts.Default = FontName;
            _fontsRegistered = true;
        }
    }

    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        EnsureFonts();
        var plot = new Plot();
        plot.Title(title, 15);
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        plot.Font.Set(FontName);
        return plot;
    }

    /// <summary>Category labels at x = 0, 1, …; long hyphenated names wrap onto two lines instead of overlapping.</summary>
    public static void SetTicks(Plot plot, IReadOnlyList<string> labels)
    {
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels.Select(Wrap)]);
    }

    private static string Wrap(string label)
    {
        if (label.Length <= 14) return label;
        int split = label.LastIndexOf('-', label.Length / 2 + 3);
        return split <= 0 ? label : label[..(split + 1)] + "\n" + label[(split + 1)..];
    }

    /// <summary>Writes <paramref name="name"/>.png and .svg; returns the PNG's file name.</summary>
    public static string Save(Plot plot, string directory, string name, int width, int height)
    {
        plot.SavePng(Path.Combine(directory, name + ".png"), width, height);
        string svg = Path.Combine(directory, name + ".svg");
        plot.SaveSvg(svg, width, height);
        NumberClipPathsFromOne(svg);
        return name + ".png";
    }

    /// <summary>A mean line over seeds with its shaded 95% CI band; markers on the points when asked.</summary>
    internal static void AddMeanWithBand(Plot plot, SeedBand band, Color color, string? label, bool markers)
    {
        if (band.IsEmpty) return;
        if (band.Xs.Length > 1)
        {
            var fill = plot.Add.FillY(band.Xs, band.Lows, band.Highs);
            fill.FillStyle.Color = color.WithAlpha(0.18);
            fill.LineStyle.Width = 0;
        }
        var line = plot.Add.Scatter(band.Xs, band.Means, color);
        line.LineWidth = 2;
        line.MarkerSize = markers ? 6 : 0;
        if (label is not null) line.LegendText = label;
    }

    /// <summary>Plots laid out row by row in a rows × columns grid.</summary>
    public static Multiplot Grid(int rows, int columns, IReadOnlyList<Plot> plots)
    {
        var multiplot = new Multiplot(plots[0]); // the parameterless constructor adds an empty plot of its own
        foreach (Plot plot in plots.Skip(1)) multiplot.AddPlot(plot);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(rows, columns);
        return multiplot;
    }

    /// <summary>Writes a grid of plots as one PNG and one SVG; returns the PNG's file name.</summary>
    public static string Save(Multiplot multiplot, string directory, string name, int width, int height)
    {
        multiplot.SavePng(Path.Combine(directory, name + ".png"), width, height);
        using (var stream = new SKFileWStream(Path.Combine(directory, name + ".svg")))
        using (SKCanvas canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            multiplot.Render(canvas, new PixelRect(0, width, height, 0));
        }
        NumberClipPathsFromOne(Path.Combine(directory, name + ".svg"));
        return name + ".png";
    }

    /// <summary>
    /// Skia names SVG clip paths from a process-wide counter, so the same figure drawn after other figures gets other ids.
    /// Renumbering them per file makes a redraw byte-identical whatever was drawn before.
    /// </summary>
    private static void NumberClipPathsFromOne(string path)
    {
        var ids = new Dictionary<string, string>();
        string text = ClipPathId().Replace(File.ReadAllText(path), match =>
        {
            if (!ids.TryGetValue(match.Value, out string? renamed))
                ids[match.Value] = renamed = "cl_" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return renamed;
        });
        File.WriteAllText(path, text);
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipPathId();

    private static string Extract(string folder, string file)
    {
        string path = Path.Combine(folder, file);
        if (File.Exists(path)) return path;
        using Stream resource = typeof(FigureStyle).Assembly.GetManifestResourceStream("Fonts." + file)
            ?? throw new InvalidOperationException($"Embedded font {file} is missing from {typeof(FigureStyle).Assembly.GetName().Name}.");
        string temporary = path + "." + Environment.ProcessId + ".tmp";
        using (FileStream output = File.Create(temporary)) resource.CopyTo(output);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    private static int IndexOf(IReadOnlyList<string> items, string item)
    {
        for (int i = 0; i < items.Count; i++) if (items[i] == item) return i;
        return -1;
    }
}
