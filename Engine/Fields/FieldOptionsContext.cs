using System.Text.Json;
using SoftrLite.Errors;
using SoftrLite.Identity;

namespace SoftrLite;

/// <summary>What a <see cref="FieldType"/> may see and use while it validates a field's options.</summary>
public sealed class FieldOptionsContext
{
    private readonly Lazy<IReadOnlyList<Table>> _tables;
    private readonly IdGenerator _ids;

    internal FieldOptionsContext(
        DatabaseId databaseId,
        TableId tableId,
        string fieldName,
        Field? currentField,
        IReadOnlyList<Table> tables,
        IdGenerator ids,
        SoftrQuotas quotas,
        FieldTypeRegistry? types = null)
        : this(databaseId, tableId, fieldName, currentField, new Lazy<IReadOnlyList<Table>>(tables), ids, quotas, types)
    {
    }

    // The tables are built only when a type asks for them (links, lookups, formulas): most fields never do.
    internal FieldOptionsContext(
        DatabaseId databaseId,
        TableId tableId,
        string fieldName,
        Field? currentField,
        Lazy<IReadOnlyList<Table>> tables,
        IdGenerator ids,
        SoftrQuotas quotas,
        FieldTypeRegistry? types = null)
    {
        DatabaseId = databaseId;
        TableId = tableId;
        FieldName = fieldName;
        CurrentField = currentField;
        _tables = tables;
        _ids = ids;
        Quotas = quotas;
        FieldTypes = types ?? FieldTypeRegistry.BuiltIn;
    }

    /// <summary>The database the field belongs to.</summary>
    public DatabaseId DatabaseId { get; }

    /// <summary>The table the field belongs to.</summary>
    public TableId TableId { get; }

    /// <summary>The field's name, for messages.</summary>
    public string FieldName { get; }

    /// <summary>The field as it is now, on an update; <see langword="null"/> when it is being created.</summary>
    public Field? CurrentField { get; }

    /// <summary>The engine's structure limits.</summary>
    public SoftrQuotas Quotas { get; }

    /// <summary>Every table of the database, the field's own table included, with their fields.</summary>
    public IReadOnlyList<Table> Tables => _tables.Value;

    /// <summary>Finds a table of the same database.</summary>
    public Table? FindTable(TableId id) => _tables.Value.FirstOrDefault(t => t.Id == id);

    /// <summary>The engine's field types, so that a formula knows what the fields it reads yield.</summary>
    internal FieldTypeRegistry FieldTypes { get; }

    /// <summary>Makes a new 5-character ID, e.g. for a select choice.</summary>
    internal string NewShortId() => _ids.NewFieldId();

    /// <summary>Builds the error for an invalid option: "option 'max' expects a whole number from 1 to 10; got …".</summary>
    public SoftrException InvalidOption(string option, string expected, JsonElement? given) =>
        SoftrErrors.InvalidOption(FieldName, option, expected, given);

    /// <summary>Builds the error for a list option longer than a quota allows.</summary>
    public SoftrException QuotaExceeded(string what, int limit) => SoftrErrors.QuotaExceeded(what, limit);
}
