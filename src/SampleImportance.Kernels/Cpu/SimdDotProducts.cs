using System.Buffers;
using System.Numerics;

namespace SampleImportance.Kernels;

/// <summary>
/// Double-precision dot products of every left row with every right row, bit-identical to the scalar loop
/// <c>sum = 0; for k: sum += left[i, k] * right[j, k]</c>. SIMD runs across right rows, never across k: the right
/// rows are re-laid in panels of two vectors, feature-major, so each lane sums its own k = 0..width-1 in order,
/// multiply then add (never fused). Output blocks of 32 left × 64 right rows are spread over cores; inside one,
/// k is tiled so a panel slice stays in L1 while every left row block uses it, and the running sums are stored
/// between k tiles, which is exact.
/// </summary>
internal static class SimdDotProducts
{
    private const int RowBlock = 4;
    private const int LeftTile = 8 * RowBlock;
    private const int RightTile = 64;
    private const int DepthTile = 128;

    /// <summary>Writes products[i × rightRows + j]; arguments already validated.</summary>
    public static unsafe void Compute(
        ReadOnlySpan<double> left,
        int leftRows,
        ReadOnlySpan<double> right,
        int rightRows,
        int width,
        Span<double> products,
        ParallelOptions parallel)
    {
        if (leftRows == 0 || rightRows == 0)
        {
            return;
        }

        var panelWidth = 2 * Vector<double>.Count;
        var panels = (rightRows + panelWidth - 1) / panelWidth;
        var panelsPerTile = Math.Max(1, RightTile / panelWidth);
        var rightTiles = (panels + panelsPerTile - 1) / panelsPerTile;
        var leftTiles = (leftRows + LeftTile - 1) / LeftTile;
        var packedLength = (long)panels * panelWidth * width;
        if (packedLength > Array.MaxLength)
        {
            throw new NotSupportedException($"{rightRows} right rows × {width} values are too many for one call; use smaller tiles.");
        }

        var packed = ArrayPool<double>.Shared.Rent((int)Math.Max(1, packedLength));
        try
        {
            Pack(right, rightRows, width, panelWidth, packed);
            fixed (double* leftStart = left)
            fixed (double* packedStart = packed)
            fixed (double* productsStart = products)
            {
                // Spans cannot be captured by the loop body; the pins hold for the whole synchronous loop.
                var shape = new Shape((nint)leftStart, leftRows, (nint)packedStart, rightRows, width, panelWidth, panelsPerTile, (nint)productsStart);
                Parallel.For(
                    0,
                    leftTiles * rightTiles,
                    parallel,
                    () => new double[LeftTile * panelsPerTile * panelWidth],
                    (tile, _, sums) =>
                    {
                        RunTile(shape, tile / rightTiles, tile % rightTiles, sums);
                        return sums;
                    },
                    static _ => { });
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(packed);
        }
    }

    // Panel p, feature k, lane l at ((p × width) + k) × panelWidth + l; lanes past the last right row are zero.
    private static void Pack(ReadOnlySpan<double> right, int rightRows, int width, int panelWidth, double[] packed)
    {
        var panels = (rightRows + panelWidth - 1) / panelWidth;
        for (var p = 0; p < panels; p++)
        {
            for (var lane = 0; lane < panelWidth; lane++)
            {
                var row = (p * panelWidth) + lane;
                var at = (long)p * width * panelWidth + lane;
                if (row < rightRows)
                {
                    var source = right.Slice(row * width, width);
                    for (var k = 0; k < width; k++, at += panelWidth)
                    {
                        packed[at] = source[k];
                    }
                }
                else
                {
                    for (var k = 0; k < width; k++, at += panelWidth)
                    {
                        packed[at] = 0;
                    }
                }
            }
        }
    }

    private static unsafe void RunTile(Shape shape, int leftTile, int rightTile, double[] sums)
    {
        var panelWidth = shape.PanelWidth;
        var tileColumns = shape.PanelsPerTile * panelWidth;
        var firstRow = leftTile * LeftTile;
        var rows = Math.Min(LeftTile, shape.LeftRows - firstRow);
        var blocks = (rows + RowBlock - 1) / RowBlock;
        var firstPanel = rightTile * shape.PanelsPerTile;
        var totalPanels = (shape.RightRows + panelWidth - 1) / panelWidth;
        var panels = Math.Min(shape.PanelsPerTile, totalPanels - firstPanel);
        var width = shape.Width;
        var left = (double*)shape.Left;
        Array.Clear(sums);

        fixed (double* sumStart = sums)
        {
            // A short last block repeats its last row; the repeats are computed and dropped.
            double* Row(int r) => left + ((long)(firstRow + Math.Min(r, rows - 1)) * width);

            for (var k0 = 0; k0 < width; k0 += DepthTile)
            {
                var depth = Math.Min(DepthTile, width - k0);
                for (var g = 0; g < panels; g++)
                {
                    var panel = (double*)shape.Packed + ((((long)(firstPanel + g) * width) + k0) * panelWidth);
                    for (var b = 0; b < blocks; b++)
                    {
                        var r = b * RowBlock;
                        Block(Row(r) + k0, Row(r + 1) + k0, Row(r + 2) + k0, Row(r + 3) + k0, panel, depth, sumStart + ((r * tileColumns) + (g * panelWidth)), tileColumns);
                    }
                }
            }

            var products = (double*)shape.Products;
            var firstColumn = firstPanel * panelWidth;
            var columns = Math.Min(tileColumns, shape.RightRows - firstColumn);
            for (var r = 0; r < rows; r++)
            {
                new ReadOnlySpan<double>(sumStart + (r * tileColumns), columns)
                    .CopyTo(new Span<double>(products + ((long)(firstRow + r) * shape.RightRows) + firstColumn, columns));
            }
        }
    }

    // Four left rows against one panel over one k tile: eight running sums, each lane in order of k.
    private static unsafe void Block(double* a0, double* a1, double* a2, double* a3, double* panel, int depth, double* sums, int stride)
    {
        var w = Vector<double>.Count;
        var panelWidth = 2 * w;
        var s00 = Vector.Load(sums);
        var s01 = Vector.Load(sums + w);
        var s10 = Vector.Load(sums + stride);
        var s11 = Vector.Load(sums + stride + w);
        var s20 = Vector.Load(sums + (2 * stride));
        var s21 = Vector.Load(sums + (2 * stride) + w);
        var s30 = Vector.Load(sums + (3 * stride));
        var s31 = Vector.Load(sums + (3 * stride) + w);
        for (var k = 0; k < depth; k++, panel += panelWidth)
        {
            var t0 = Vector.Load(panel);
            var t1 = Vector.Load(panel + w);

            var b = new Vector<double>(a0[k]);
            s00 += b * t0;
            s01 += b * t1;

            b = new Vector<double>(a1[k]);
            s10 += b * t0;
            s11 += b * t1;

            b = new Vector<double>(a2[k]);
            s20 += b * t0;
            s21 += b * t1;

            b = new Vector<double>(a3[k]);
            s30 += b * t0;
            s31 += b * t1;
        }

        s00.Store(sums);
        s01.Store(sums + w);
        s10.Store(sums + stride);
        s11.Store(sums + stride + w);
        s20.Store(sums + (2 * stride));
        s21.Store(sums + (2 * stride) + w);
        s30.Store(sums + (3 * stride));
        s31.Store(sums + (3 * stride) + w);
    }

    /// <summary>Pinned addresses and sizes shared by every tile of one call.</summary>
    private readonly record struct Shape(
        nint Left,
        int LeftRows,
        nint Packed,
        int RightRows,
        int Width,
        int PanelWidth,
        int PanelsPerTile,
        nint Products);
}
