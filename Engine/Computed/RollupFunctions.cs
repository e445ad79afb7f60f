using SoftrLite.Fields;
using SoftrLite.Records;

namespace SoftrLite.Computed;

/// <summary>
/// The 14 rollup functions over the values of the linked records (one entry per linked record, null when empty;
/// list values are flattened). Over no linked records SUM, COUNT, COUNTA and COUNTALL give 0; the others are empty.
/// </summary>
internal static class RollupFunctions
{
    public static object? Apply(string function, IReadOnlyList<object?> values)
    {
        var flat = Flatten(values).ToList();
        var present = flat.Where(v => v is not null && !(v is string { Length: 0 })).ToList();
        var numbers = present.Select(Number).Where(n => n is not null).Select(n => n!.Value).ToList();
        return function switch
        {
            "SUM" => numbers.Sum(),
            "MIN" => numbers.Count == 0 ? null : numbers.Min(),
            "MAX" => numbers.Count == 0 ? null : numbers.Max(),
            "AVERAGE" => numbers.Count == 0 ? null : numbers.Average(),
            "COUNT" => (double)numbers.Count,
            "COUNTA" => (double)present.Count,
            "COUNTALL" => (double)values.Count,
            "ARRAYCOMPACT" => present.Count == 0 ? null : present,
            "ARRAYUNIQUE" => present.Count == 0 ? null : present.DistinctBy(ValueText.Of).ToList(),
            "ARRAYFLATTEN" => flat.Count == 0 ? null : flat,
            "ARRAYJOIN" => present.Count == 0 ? null : string.Join("; ", present.Select(ValueText.Of)),
            "CONCATENATE" => present.Count == 0 ? null : string.Concat(present.Select(ValueText.Of)),
            "OR" => present.Count == 0 ? null : present.Any(Truthy),
            "AND" => present.Count == 0 ? null : present.All(Truthy),
            _ => throw new ArgumentOutOfRangeException(nameof(function), function, "Unknown rollup function."),
        };
    }

    private static IEnumerable<object?> Flatten(IEnumerable<object?> values)
    {
        foreach (var value in values)
        {
            if (value is System.Collections.IEnumerable items and not string)
            {
                foreach (var item in Flatten(items.Cast<object?>()))
                {
                    yield return item;
                }
            }
            else
            {
                yield return value;
            }
        }
    }

    private static double? Number(object? value) => value switch
    {
        double d => d,
        long l => l,
        _ => null,
    };

    private static bool Truthy(object? value) => value switch
    {
        bool b => b,
        double d => d != 0,
        long l => l != 0,
        string s => s.Length > 0,
        null => false,
        _ => true,
    };
}
