namespace SampleImportance.Abstractions;

/// <summary>
/// The units of value of one estimation: every training row, or the groups of one id column (query, session,
/// user, item). Units are numbered 0..<see cref="Count"/>−1 in ascending order of their id, so the numbering never
/// depends on row order. Estimators value units; the utility evaluates subsets of units (the rows of the chosen
/// units); tasks score at the unit, and a unit's value can be spread back to its rows.
/// </summary>
public sealed class UnitPartition
{
    private readonly int[] _unitOfRow;
    private readonly int[] _ids;
    private readonly int[] _rowStart;
    private readonly int[] _rows;

    private UnitPartition(string name, int[] unitOfRow, int[] ids)
    {
        Name = name;
        _unitOfRow = unitOfRow;
        _ids = ids;
        _rowStart = new int[ids.Length + 1];
        foreach (var unit in unitOfRow)
        {
            _rowStart[unit + 1]++;
        }

        for (var u = 0; u < ids.Length; u++)
        {
            _rowStart[u + 1] += _rowStart[u];
        }

        _rows = new int[unitOfRow.Length];
        var next = _rowStart[..^1];
        for (var row = 0; row < unitOfRow.Length; row++)
        {
            _rows[next[unitOfRow[row]]++] = row;
        }
    }

    /// <summary>The unit name used in suites and results for row-level valuation.</summary>
    public const string RowUnit = "row";

    /// <summary><see cref="RowUnit"/>, or the id column the units are groups of.</summary>
    public string Name { get; }

    /// <summary>True when every row is its own unit.</summary>
    public bool IsRows => Name == RowUnit;

    /// <summary>Number of units (players of the valuation game).</summary>
    public int Count => _ids.Length;

    /// <summary>Number of training rows covered.</summary>
    public int RowCount => _unitOfRow.Length;

    /// <summary>The unit of each row.</summary>
    public ReadOnlySpan<int> UnitOfRow => _unitOfRow;

    /// <summary>One unit per row.</summary>
    /// <param name="rowCount">Number of training rows.</param>
    public static UnitPartition Rows(int rowCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        var identity = Enumerable.Range(0, rowCount).ToArray();
        return new UnitPartition(RowUnit, identity, identity);
    }

    /// <summary>One unit per distinct id of a column, numbered by ascending id.</summary>
    /// <param name="name">The column's name, e.g. <c>session</c>.</param>
    /// <param name="ids">One id per training row.</param>
    public static UnitPartition ByColumn(string name, ReadOnlySpan<int> ids)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var distinct = ids.ToArray().Distinct().Order().ToArray();
        var index = new Dictionary<int, int>(distinct.Length);
        for (var u = 0; u < distinct.Length; u++)
        {
            index[distinct[u]] = u;
        }

        var unitOfRow = new int[ids.Length];
        for (var row = 0; row < ids.Length; row++)
        {
            unitOfRow[row] = index[ids[row]];
        }

        return new UnitPartition(name, unitOfRow, distinct);
    }

    /// <summary>The column id of a unit (the row index for row units).</summary>
    /// <param name="unit">Unit in [0, <see cref="Count"/>).</param>
    public int IdOf(int unit) => _ids[unit];

    /// <summary>The rows of one unit, ascending.</summary>
    /// <param name="unit">Unit in [0, <see cref="Count"/>).</param>
    public ReadOnlySpan<int> RowsOf(int unit) => _rows.AsSpan(_rowStart[unit], _rowStart[unit + 1] - _rowStart[unit]);

    /// <summary>The rows of the given units, ascending and without repeats (a repeated unit counts once).</summary>
    /// <param name="units">Units in any order.</param>
    public int[] RowsOf(ReadOnlySpan<int> units)
    {
        if (IsRows)
        {
            var copy = units.ToArray();
            Array.Sort(copy);
            return Dedupe(copy);
        }

        var seen = new bool[Count];
        var total = 0;
        foreach (var unit in units)
        {
            if (!seen[unit])
            {
                seen[unit] = true;
                total += _rowStart[unit + 1] - _rowStart[unit];
            }
        }

        var rows = new int[total];
        var at = 0;
        for (var unit = 0; unit < Count; unit++)
        {
            if (seen[unit])
            {
                RowsOf(unit).CopyTo(rows.AsSpan(at));
                at += _rowStart[unit + 1] - _rowStart[unit];
            }
        }

        Array.Sort(rows);
        return rows;
    }

    /// <summary>Spreads one value per unit to that unit's rows.</summary>
    /// <param name="unitValues">One value per unit.</param>
    /// <param name="spread">Whether each row gets the whole value or an equal share.</param>
    public double[] SpreadToRows(ReadOnlySpan<double> unitValues, UnitSpread spread)
    {
        if (unitValues.Length != Count)
        {
            throw new ArgumentException($"Expected {Count} unit values, got {unitValues.Length}.", nameof(unitValues));
        }

        var values = new double[RowCount];
        for (var row = 0; row < RowCount; row++)
        {
            var unit = _unitOfRow[row];
            values[row] = spread == UnitSpread.Share
                ? unitValues[unit] / (_rowStart[unit + 1] - _rowStart[unit])
                : unitValues[unit];
        }

        return values;
    }

    private static int[] Dedupe(int[] sorted)
    {
        var length = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                sorted[length++] = sorted[i];
            }
        }

        return length == sorted.Length ? sorted : sorted[..length];
    }
}
