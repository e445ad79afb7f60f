using SoftrLite.Errors;
using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite.Query;

/// <summary>What a condition or sort key names: a field (or a system key) with its SQL column and value family.</summary>
internal sealed record FilterTarget(string Name, string Type, ValueFamily Family, string Column, FieldModel? Field)
{
    public const string TableAlias = "t";
    private const string CreatedAtKey = "created_at";
    private const string UpdatedAtKey = "updated_at";

    /// <summary>Resolves a key: a field ID, then an exact field name, then the system keys <c>created_at</c> and <c>updated_at</c>.</summary>
    /// <param name="table">The table the key names a field of.</param>
    /// <param name="key">A field ID or name, or a system key.</param>
    /// <param name="dialect">The SQL spelling of the store the statement runs on.</param>
    /// <param name="expressions">SQL that stands for some fields' stored columns in this statement (values computed as the row is read).</param>
    public static FilterTarget Resolve(TableModel table, string key, SqlDialect dialect, IReadOnlyDictionary<FieldId, string>? expressions = null)
    {
        if (IsSystemKey(table, key))
        {
            var column = key == CreatedAtKey ? "_created_at" : "_updated_at";
            return new FilterTarget(key, key == CreatedAtKey ? FieldTypeNames.CreatedAt : FieldTypeNames.UpdatedAt, ValueFamily.Instant, $"{TableAlias}.{column}", null);
        }

        var field = table.Resolve(key);
        var sql = expressions?.GetValueOrDefault(field.Id) ?? ColumnOf(field);

        // A computed value may be an error: it filters and sorts as empty.
        if (field.Type.Storage == FieldStorage.Any)
        {
            sql = dialect.ComputedValue(sql, field.Family is ValueFamily.Number or ValueFamily.Boolean or ValueFamily.Instant);
        }

        return new FilterTarget(field.Field.Name, field.Field.Type, field.Family, sql, field);
    }

    /// <summary>The field a key names (as <see cref="Resolve"/> finds it), or <see langword="null"/> for a system key.</summary>
    public static FieldModel? FieldOf(TableModel table, string key) => IsSystemKey(table, key) ? null : table.Resolve(key);

    // created_at and updated_at name the system timestamps unless a field has that ID or name.
    private static bool IsSystemKey(TableModel table, string key) =>
        table.FindById(key) is null && key is CreatedAtKey or UpdatedAtKey && !table.Fields.Any(f => f.Field.Name == key);

    public void Check(FilterOperator op)
    {
        if (!OperatorMatrix.For(Family).Contains(op))
        {
            throw SoftrErrors.OperatorNotSupported(op.ToWireName(), Name, Type);
        }
    }

    /// <summary>The SQL of a field's stored value on the alias <c>t</c>: its column or its system column.</summary>
    public static string ColumnOf(FieldModel field) => field.System switch
    {
        SystemColumn.RecordId => $"{TableAlias}._id",
        SystemColumn.CreatedAt => $"{TableAlias}._created_at",
        SystemColumn.UpdatedAt => $"{TableAlias}._updated_at",
        SystemColumn.CreatedBy => $"{TableAlias}._created_by",
        SystemColumn.UpdatedBy => $"{TableAlias}._updated_by",
        SystemColumn.Autonumber => $"{TableAlias}._autonumber",
        _ when field.HasColumn => $"{TableAlias}.{SqlNames.Column(field.Num)}",
        _ => "NULL",
    };
}
