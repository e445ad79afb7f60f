using SoftrLite.Fields.Types;

namespace SoftrLite.Fixtures;

/// <summary>The names of a JSON fixture's properties, and how option keys holding IDs are written with names instead.</summary>
internal static class FixtureFormat
{
    public const string FormatName = "softrlite-fixture";
    public const int Version = 1;

    /// <summary>Option keys holding an ID (the engine's form) and the key holding the name in a fixture.</summary>
    public static readonly (string IdKey, string NameKey)[] References =
    [
        (LinkedRecordType.TableKey, "linkedTable"),
        (LinkedValueOptions.LinkFieldKey, "linkedRecordField"),
        (LinkedValueOptions.LookupFieldKey, "lookupField"),
        (LinkedValueOptions.RollupFieldKey, "rollupField"),
    ];

    /// <summary>Option keys the engine sets itself; a fixture leaves them out.</summary>
    public static readonly string[] EngineSetKeys = [LinkedFields.IsValidKey, FormulaOptions.ReferencesKey, FormulaOptions.ResultTypeKey, LinkedRecordType.InverseKey];

    /// <summary>Types whose fields are made after the plain ones, because they read other fields.</summary>
    public static bool IsDependent(string type) =>
        type is FieldTypeNames.LinkedRecord or FieldTypeNames.Lookup or FieldTypeNames.Rollup or FieldTypeNames.Count or FieldTypeNames.Formula;

    /// <summary>Types that take <c>allowMultipleEntries</c>.</summary>
    public static bool TakesMultiple(string type) =>
        type is FieldTypeNames.Select or FieldTypeNames.User or FieldTypeNames.LinkedRecord or FieldTypeNames.Attachment;
}
