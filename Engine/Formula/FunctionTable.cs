using System.Collections.Frozen;

namespace SoftrLite.Formula;

/// <summary>All 81 functions of the language by name (case-insensitive), and the names removed from it.</summary>
internal static class FunctionTable
{
    private static readonly FrozenDictionary<string, FunctionDefinition> Functions = TextFunctions.Definitions()
        .Concat(LogicalFunctions.Definitions())
        .Concat(NumericFunctions.Definitions())
        .Concat(DateFunctions.Definitions())
        .Concat(DatePartFunctions.Definitions())
        .Concat(DateArithmeticFunctions.Definitions())
        .Concat(WorkdayFunctions.Definitions())
        .Concat(ArrayFunctions.Definitions())
        .Concat(RegexFunctions.Definitions())
        .Concat(OtherFunctions.Definitions())
        .ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Removed = new Dictionary<string, string>
    {
        ["TEXT"] = "use DATETIME_FORMAT for dates or STRINGIFY for other values",
        ["VALUE"] = "use NUMBER",
        ["INT"] = "use FLOOR",
        ["POWER"] = "use the ^ operator",
        ["DATESUB"] = "use DATEADD with a negative number",
        ["ARRAYFLATTEN"] = "use ARRAYJOIN or ARRAYCOMPACT",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of every function, upper-case.</summary>
    public static IEnumerable<string> Names => Functions.Keys;

    /// <summary>Finds a function by name, ignoring case.</summary>
    public static bool TryGet(string name, out FunctionDefinition function) => Functions.TryGetValue(name, out function!);

    /// <summary>When <paramref name="name"/> was removed from the language, what to use instead.</summary>
    public static bool TryGetRemoved(string name, out string advice) => Removed.TryGetValue(name, out advice!);
}
