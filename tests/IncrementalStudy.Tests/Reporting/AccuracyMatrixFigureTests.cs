using System.Text.RegularExpressions;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Figures;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reporting;

public class AccuracyMatrixFigureTests
{
    [Fact]
    public void Steps_not_yet_seen_are_marked_not_applicable_instead_of_drawn_as_zero_accuracy()
    {
        // Three steps: above the diagonal R[1][2], R[1][3], R[2][3] per strategy, which the synthetic records hold as 0 (as accuracy_matrix.csv does).
        ResultsTables tables = SyntheticTables.Build(strategies: ["shared-a", "ova-b"]);
        Assert.All(tables.AccuracyMatrix.Where(r => r.OnStep > r.AfterStep), r => Assert.Equal(0, r.Accuracy));
        using var temp = new TempDirectory();
        new AccuracyMatrixFigure().Draw(tables, temp.Path);
        string svg = File.ReadAllText(temp["accuracy_matrix.svg"]);

        Assert.Equal(2 * 3, Regex.Count(svg, "n/a"));
        Assert.DoesNotContain("0.000", svg); // the seen cells are near 0.8, so a "0.000" could only be an unseen cell drawn as a score
        Assert.Contains("n/a", new AccuracyMatrixFigure().Caption);
    }
}
