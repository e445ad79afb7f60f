using System.Globalization;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Storage.Readable;

/// <summary>
/// The SQL expression that shows one field's value in human form, from the row of alias <c>x</c> (or another
/// alias for link labels). Only SQLite's built-in functions are used (JSON1 and date functions, no
/// <c>ORDER BY</c> inside aggregates, no <c>-&gt;&gt;</c>), so every SQLite tool from 3.38 on can read the views.
/// </summary>
internal static class ReadableValues
{
    /// <summary>A list of values from a JSON array <c>s</c>: objects show their label, name, file URL or error code.</summary>
    private const string ItemText =
        "CASE s.type WHEN 'object' THEN coalesce(json_extract(s.value, '$.label'), json_extract(s.value, '$.name'), json_extract(s.value, '$.url'), json_extract(s.value, '$.error'), json_extract(s.value, '$.id')) "
        + "WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'array' THEN s.value ELSE s.value END";

    /// <summary>The expression of <paramref name="field"/> read from <paramref name="alias"/>, or <c>NULL</c> when it has nothing to show.</summary>
    /// <param name="field">The field.</param>
    /// <param name="alias">The alias of the field's data table row.</param>
    /// <param name="schema">The schema, for links and columns.</param>
    /// <param name="withLinks">Whether LINKED_RECORD fields show their labels (not inside a label, which would recurse).</param>
    public static string Of(FieldRow field, string alias, ReadableSchema schema, bool withLinks)
    {
        switch (field.Type)
        {
            case FieldTypeNames.RecordId:
                return alias + "._id";
            case FieldTypeNames.CreatedAt:
                return Instant(alias + "._created_at");
            case FieldTypeNames.UpdatedAt:
                return Instant(alias + "._updated_at");
            case FieldTypeNames.CreatedBy:
                return Person(alias + "._created_by");
            case FieldTypeNames.UpdatedBy:
                return Person(alias + "._updated_by");
            case FieldTypeNames.Autonumber:
                return alias + "._autonumber";
            case FieldTypeNames.LinkedRecord:
                return withLinks ? Links(field, alias, schema) : "NULL";
        }

        if (!schema.HasColumn(field))
        {
            return "NULL";
        }

        var column = alias + "." + SqlNames.Column(field.Num);
        return field.Type switch
        {
            FieldTypeNames.Checkbox => Boolean(column),
            FieldTypeNames.Select => Choices(column, field.Num, single: field.AllowMultiple == 0),
            FieldTypeNames.User => List(OneOrMany(column), "s.value"),
            FieldTypeNames.Attachment => $"CASE WHEN json_valid({column}) THEN {List(column, "json_extract(s.value, '$.url')")} END",
            FieldTypeNames.Formula => Computed(column, ReadableSchema.ResultTypeOf(field)),
            FieldTypeNames.Lookup or FieldTypeNames.Rollup => Computed(column, "ARRAY"),
            _ => column,
        };
    }

    /// <summary>Unix milliseconds as ISO 8601 UTC text with milliseconds and <c>Z</c>, like the API's timestamps.</summary>
    public static string Instant(string milliseconds) => $"strftime('%Y-%m-%dT%H:%M:%fZ', {milliseconds} / 1000.0, 'unixepoch')";

    // CREATED_BY and UPDATED_BY keep {"id","name","email"} of the acting user in the row itself.
    private static string Person(string column) =>
        $"CASE WHEN json_valid({column}) THEN coalesce(nullif(json_extract({column}, '$.name'), ''), json_extract({column}, '$.id')) ELSE {column} END";

    private static string Boolean(string value) => $"CASE {value} WHEN 1 THEN 'true' WHEN 0 THEN 'false' END";

    // One ID, or a JSON array of IDs (a field switched between single and multiple holds both forms).
    private static string OneOrMany(string column) =>
        $"CASE WHEN {column} LIKE '[%' AND json_valid({column}) THEN {column} ELSE json_array({column}) END";

    // Items joined with ", " in array order. The ordered subquery stands in for group_concat(… ORDER BY …),
    // which older SQLite versions refuse.
    private static string List(string jsonArray, string item, string join = "") =>
        $"(SELECT group_concat(v, ', ') FROM (SELECT {item} AS v FROM json_each({jsonArray}) s{join} ORDER BY s.id))";

    // Choice IDs are resolved through the _choices view over _fields when read, so a choice added or renamed shows
    // at once without rebuilding the view. A single select switched from multiple still holds an array: its first
    // entry shows.
    private static string Choices(string column, long fieldNum, bool single)
    {
        var field = fieldNum.ToString(CultureInfo.InvariantCulture);
        return single
            ? $"(SELECT label FROM {ReadableNames.Choices} WHERE field = {field} AND id = CASE WHEN {column} LIKE '[%' THEN json_extract({column}, '$[0]') ELSE {column} END)"
            : List(OneOrMany(column), "c.label", $" JOIN {ReadableNames.Choices} c ON c.field = {field} AND c.id = s.value");
    }

    // Computed values sit in ANY columns; an error is text starting with a NUL character, then its code. SQLite's
    // text functions stop at a NUL, so the code is cut from the bytes.
    private static string Computed(string column, string? resultType)
    {
        var value = resultType switch
        {
            "BOOLEAN" => Boolean(column),
            "ARRAY" => $"CASE WHEN typeof({column}) = 'text' AND {column} LIKE '[%' AND json_valid({column}) THEN {List(column, ItemText)} ELSE {column} END",
            _ => column,
        };
        return $"CASE WHEN typeof({column}) = 'text' AND substr(CAST({column} AS BLOB), 1, 1) = x'00' THEN CAST(substr(CAST({column} AS BLOB), 2) AS TEXT) ELSE {value} END";
    }

    // The labels (primary field values, in human form) of the linked records, in link order.
    private static string Links(FieldRow field, string alias, ReadableSchema schema)
    {
        if (field.LinkJunction is not { } junction || schema.LinkedTableOf(field) is not { } linked)
        {
            return "NULL";
        }

        var (self, other) = field.LinkSide == 0 ? ("a", "b") : ("b", "a");
        var primary = schema.PrimaryOf(linked);
        var label = primary is null ? "NULL" : Of(primary, "o", schema, withLinks: false);
        return $"(SELECT group_concat(v, ', ') FROM (SELECT {label} AS v FROM {SqlNames.Junction(junction)} j "
            + $"JOIN {SqlNames.DataTable(linked.Num)} o ON o._rk = j.{other} WHERE j.{self} = {alias}._rk ORDER BY j.rk))";
    }
}
