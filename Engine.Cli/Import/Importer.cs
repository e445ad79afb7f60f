using System.Text.Json;
using SoftrLite.Cli.CommandLine;
using SoftrLite.Cli.Csv;

namespace SoftrLite.Cli.Import;

/// <summary>
/// Imports the rows of an <see cref="ImportSource"/> into a table named by name or ID: finds (or with
/// <see cref="ImportMode.Create"/> creates) the database, the table and its fields, turns each row into a record
/// write keyed by field ID, and writes them with a <see cref="BatchWriter"/>.
/// </summary>
/// <param name="engine">The engine to write into.</param>
public sealed class Importer(SoftrEngine engine)
{
    /// <summary>Imports every row; <paramref name="progress"/> is told how many rows each batch settled.</summary>
    /// <exception cref="SoftrException">The engine refused to create the database, the table or a field.</exception>
    public ImportResult Run(ImportSource source, string database, string table, ImportMode mode, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var db = Targets.FindDatabase(engine, database)
            ?? (mode == ImportMode.Create
                ? engine.Databases.Create(engine.Workspaces.Default.Id, database)
                : throw new CliFailureException($"no database named '{database}' (or with that ID); pass --create to make it."));
        var target = Targets.FindTable(engine, db.Id, table) ?? CreateTable(db, table, source, mode);
        var fields = MapColumns(db, target, source, mode, out var ignored);

        var refused = new List<RefusedRow>(source.Refused);
        var rows = source.Rows.Select(row => (row.Line, Values(row, fields)));
        var imported = new BatchWriter(engine, db.Id, target.Id).Write(rows, refused, progress);
        return new ImportResult(imported, refused.OrderBy(r => r.Line).ToList(), ignored);
    }

    private Table CreateTable(Database db, string name, ImportSource source, ImportMode mode)
    {
        if (mode != ImportMode.Create)
        {
            throw new CliFailureException($"no table named '{name}' (or with that ID) in \"{db.Name}\"; pass --create to make it.");
        }

        return engine.Tables.Create(db.Id, new NewTable(name)
        {
            PrimaryFieldName = source.Columns.Count > 0 ? source.Columns[0] : null,
            Fields = source.Columns.Select((column, i) => (column, i)).Where(x => !source.NotCreated.Contains(x.column))
                .Select(x => Definition(source, x.column, x.i)).ToList(),
        });
    }

    // One field per column (null for a read-only field, whose column is ignored), adding missing fields with --create.
    private Field?[] MapColumns(Database db, Table table, ImportSource source, ImportMode mode, out List<string> ignored)
    {
        var missing = source.Columns.Select((c, i) => (c, i)).Where(x => Find(table, x.c) is null && !source.NotCreated.Contains(x.c)).ToList();
        if (missing.Count > 0 && mode != ImportMode.Create)
        {
            throw new CliFailureException($"no field of \"{table.Name}\" is named {string.Join(", ", missing.Select(m => $"'{m.c}'"))}; pass --create to add them.");
        }

        foreach (var (column, i) in missing)
        {
            engine.Fields.Add(db.Id, table.Id, Definition(source, column, i));
        }

        if (missing.Count > 0)
        {
            table = engine.Tables.Get(db.Id, table.Id);
        }

        var fields = source.Columns.Select(c => Find(table, c)).ToArray();
        ignored = source.Columns.Where((_, i) => fields[i] is not { ReadOnly: false }).ToList();
        return fields.Select(f => f is { ReadOnly: false } ? f : null).ToArray();
    }

    private static Field? Find(Table table, string column)
    {
        var exact = table.Fields.Where(f => f.Name == column).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var loose = table.Fields.Where(f => string.Equals(f.Name, column, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count == 0 && loose.Count == 1 ? loose[0] : exact.FirstOrDefault();
    }

    private static NewField Definition(ImportSource source, string column, int index) =>
        source.Definitions.TryGetValue(column, out var definition)
            ? definition
            : new NewField(column, Infer(source.Rows.Select(r => r.Values[index])));

    // CSV cells and JSON strings by their text; JSON numbers and booleans by their kind.
    private static string Infer(IEnumerable<object?> values)
    {
        var list = values.Where(v => v is not null).ToList();
        if (list.All(v => v is string || v is JsonElement { ValueKind: JsonValueKind.String }))
        {
            return TypeInference.Infer(list.Select(v => v as string ?? ((JsonElement)v!).GetString()!));
        }

        if (list.All(v => v is JsonElement { ValueKind: JsonValueKind.Number }))
        {
            return FieldTypeNames.Number;
        }

        return list.All(v => v is JsonElement { ValueKind: JsonValueKind.True or JsonValueKind.False }) ? FieldTypeNames.Checkbox : FieldTypeNames.SingleLineText;
    }

    private static Dictionary<string, object?> Values(ImportRow row, Field?[] fields)
    {
        var values = new Dictionary<string, object?>(fields.Length, StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i] is not { } field)
            {
                continue;
            }

            var value = row.Values[i] switch
            {
                string text => CellParser.Parse(field, text),
                var other => other,
            };
            if (value is not null)
            {
                values[field.Id.Value] = value;
            }
        }

        return values;
    }
}
