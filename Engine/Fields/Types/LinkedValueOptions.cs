using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// The parsed options of LOOKUP, ROLLUP and COUNT: the link field they follow, the field of the linked records they
/// read (not for COUNT), the rollup's function and filter, and whether they are still valid.
/// </summary>
internal sealed class LinkedValueOptions
{
    public const string LinkFieldKey = "linkedRecordFieldId";
    public const string LookupFieldKey = "lookupFieldId";
    public const string RollupFieldKey = "rollupFieldId";
    public const string FunctionKey = "function";
    public const string FilterKey = "filter";

    private LinkedValueOptions(JsonElement options, string? targetKey)
    {
        LinkFieldId = OptionsReader.StoredString(options, LinkFieldKey);
        TargetFieldId = targetKey is null ? null : OptionsReader.StoredString(options, targetKey);
        Function = OptionsReader.StoredString(options, FunctionKey);
        Filter = options.ValueKind == JsonValueKind.Object && options.TryGetProperty(FilterKey, out var filter) && filter.ValueKind == JsonValueKind.Object
            ? filter
            : null;
        IsValid = LinkedFields.IsValid(options);
        ResultType = KindOf(Function);
    }

    /// <summary>The ID of the LINKED_RECORD field of the same table whose links are followed.</summary>
    public string? LinkFieldId { get; }

    /// <summary>The ID of the field of the linked table that is looked up or rolled up; <see langword="null"/> for COUNT.</summary>
    public string? TargetFieldId { get; }

    /// <summary>The rollup's aggregate function, e.g. <c>SUM</c>.</summary>
    public string? Function { get; }

    /// <summary>The rollup's condition on the linked records (by field ID), if any.</summary>
    public JsonElement? Filter { get; }

    /// <summary>Whether the engine still considers the field valid.</summary>
    public bool IsValid { get; }

    /// <summary>What the rollup's function yields.</summary>
    public FormulaResultType ResultType { get; }

    public static LinkedValueOptions Lookup(Field field) => new(field.Options, LookupFieldKey);

    public static LinkedValueOptions Rollup(Field field) => new(field.Options, RollupFieldKey);

    public static LinkedValueOptions Count(Field field) => new(field.Options, null);

    /// <summary>What a rollup function yields: a number, a boolean, text or an array.</summary>
    public static FormulaResultType KindOf(string? function) => function switch
    {
        "OR" or "AND" => FormulaResultType.Boolean,
        "ARRAYJOIN" or "CONCATENATE" => FormulaResultType.Text,
        "ARRAYCOMPACT" or "ARRAYUNIQUE" or "ARRAYFLATTEN" => FormulaResultType.Array,
        _ => FormulaResultType.Number,
    };
}
