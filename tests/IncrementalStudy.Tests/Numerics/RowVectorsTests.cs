using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Numerics;

public class RowVectorsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(32, 3)]
    [InlineData(32, 10)]
    [InlineData(7, 17)]
    public void Bias_add_and_column_sums_match_scalar_loops_bit_for_bit(int rows, int columns)
    {
        float[] matrix = TestData.Uniform(rows * columns, 31), row = TestData.Uniform(columns, 32);
        var added = (float[])matrix.Clone();
        RowVectors.AddToEachRow(added, rows, row);
        var sums = new float[columns];
        RowVectors.SumRows(matrix, rows, sums);
        for (int j = 0; j < columns; j++)
        {
            float sum = 0f;
            for (int r = 0; r < rows; r++)
            {
                Assert.Equal(matrix[r * columns + j] + row[j], added[r * columns + j]);
                sum += matrix[r * columns + j];
            }
            Assert.Equal(BitConverter.SingleToInt32Bits(sum), BitConverter.SingleToInt32Bits(sums[j]));
        }
    }

    [Fact]
    public void Sums_by_hand()
    {
        float[] matrix = [1, 2, 3, 4, 5, 6];
        var sums = new float[3];
        RowVectors.SumRows(matrix, 2, sums);
        Assert.Equal([5f, 7f, 9f], sums);
    }
}
