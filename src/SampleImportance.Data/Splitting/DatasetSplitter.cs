using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Validation;

namespace SampleImportance.Data.Splitting;

/// <summary>Splits rows into train / validation / test by fractions of units. A unit is a row, or a group of rows
/// that must stay together (a session, a query). Row-level splits of binary labels are stratified so each split
/// keeps the class balance; every split keeps input row order.</summary>
internal static class DatasetSplitter
{
    private const int Train = 0;
    private const int Validation = 1;
    private const int Test = 2;

    /// <param name="rows">The rows to split (labels are read for stratification).</param>
    /// <param name="units">Unit id per row, or null to split single rows.</param>
    /// <param name="validationFraction">Fraction of units for validation, in [0, 1).</param>
    /// <param name="testFraction">Fraction of units for test, in [0, 1).</param>
    /// <param name="random">Seeded source.</param>
    /// <param name="where">Where the rows came from, for errors.</param>
    public static SplitAssignment Split(SampleSet rows, int[]? units, double validationFraction, double testFraction, Random random, SourceLocation where)
    {
        CheckFractions(validationFraction, testFraction, where);
        return units is null
            ? SplitRows(rows, validationFraction, testFraction, random, where)
            : SplitUnits(units, validationFraction, testFraction, random, where);
    }

    /// <summary>Fractions must each be in [0, 1) and leave something to train on.</summary>
    public static void CheckFractions(double validationFraction, double testFraction, SourceLocation where)
    {
        var errors = new List<ValidationError>();
        foreach (var (name, value) in new[] { ("validation fraction", validationFraction), ("test fraction", testFraction) })
        {
            if (!(value >= 0 && value < 1))
            {
                errors.Add(new ValidationError(FormattableString.Invariant($"The {name} is {value}; it must be in [0, 1)."), where, "Use a fraction such as 0.25."));
            }
        }

        if (errors.Count == 0 && validationFraction + testFraction >= 1)
        {
            errors.Add(new ValidationError(
                FormattableString.Invariant($"Validation ({validationFraction}) and test ({testFraction}) fractions add up to {validationFraction + testFraction}, leaving nothing to train on."),
                where,
                "Make them add up to less than 1, e.g. 0.25 and 0.25."));
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }

    private static SplitAssignment SplitRows(SampleSet rows, double validationFraction, double testFraction, Random random, SourceLocation where)
    {
        var n = rows.Count;
        var (validationCount, testCount) = Counts(n, validationFraction, testFraction, "rows", where);
        var order = Enumerable.Range(0, n).ToArray();
        DataRandom.Shuffle(order.AsSpan(), random);
        var labels = rows.Labels.ToArray();
        if (labels.All(l => l is 0 or 1))
        {
            // Stable sort by class after shuffling: classes become contiguous runs in random order, and the evenly
            // spread pattern below then takes a proportional share of each class.
            order = [.. order.OrderBy(i => labels[i])];
        }

        var pattern = Pattern(n, validationCount, testCount);
        return Assign(order, pattern);
    }

    private static SplitAssignment SplitUnits(int[] units, double validationFraction, double testFraction, Random random, SourceLocation where)
    {
        var distinct = new List<int>();
        var seen = new HashSet<int>();
        foreach (var u in units)
        {
            if (seen.Add(u))
            {
                distinct.Add(u);
            }
        }

        var (validationCount, testCount) = Counts(distinct.Count, validationFraction, testFraction, "groups", where);
        var shuffled = distinct.ToArray();
        DataRandom.Shuffle(shuffled.AsSpan(), random);
        var splitOfUnit = new Dictionary<int, int>();
        for (var i = 0; i < shuffled.Length; i++)
        {
            splitOfUnit[shuffled[i]] = i < validationCount ? Validation : i < validationCount + testCount ? Test : Train;
        }

        var split = units.Select(u => splitOfUnit[u]).ToArray();
        return Collect(split);
    }

    private static (int Validation, int Test) Counts(int units, double validationFraction, double testFraction, string what, SourceLocation where)
    {
        // A positive fraction always yields at least one unit: a utility needs a validation row to score on.
        var validation = validationFraction > 0 ? Math.Max(1, DataRandom.RoundCount(validationFraction, units)) : 0;
        var test = testFraction > 0 ? Math.Max(1, DataRandom.RoundCount(testFraction, units)) : 0;
        if (units - validation - test < 1)
        {
            throw new InputException(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"Only {units} {what}: too few to hold out {validation} for validation and {test} for test and still train."),
                where,
                "Provide more rows, lower the validation/test fractions, or give validation and test files."));
        }

        return (validation, test);
    }

    /// <summary>Split ids for positions 0..n-1 with exactly the requested counts, spread evenly (Bresenham-style).</summary>
    private static int[] Pattern(int n, int validationCount, int testCount)
    {
        var pattern = new int[n];
        var rest = n - validationCount;
        var k = 0L;
        for (var j = 0L; j < n; j++)
        {
            if ((j + 1) * validationCount / n > j * validationCount / n)
            {
                pattern[j] = Validation;
                continue;
            }

            pattern[j] = (k + 1) * testCount / rest > k * testCount / rest ? Test : Train;
            k++;
        }

        return pattern;
    }

    private static SplitAssignment Assign(int[] order, int[] pattern)
    {
        var split = new int[order.Length];
        for (var position = 0; position < order.Length; position++)
        {
            split[order[position]] = pattern[position];
        }

        return Collect(split);
    }

    private static SplitAssignment Collect(int[] split)
    {
        var train = new List<int>();
        var validation = new List<int>();
        var test = new List<int>();
        for (var row = 0; row < split.Length; row++)
        {
            (split[row] switch { Validation => validation, Test => test, _ => train }).Add(row);
        }

        return new SplitAssignment([.. train], [.. validation], [.. test]);
    }
}
