using System.Text.Json;
using SoftrLite.Compiled;
using SoftrLite.Computed;
using SoftrLite.Errors;
using SoftrLite.Fields.Types;
using SoftrLite.Schema;
using SoftrLite.Storage.Rows;
using SoftrLite.Storage;

namespace SoftrLite;

/// <summary>Tables of a database, each with its fields and a default view.</summary>
public sealed class TableOperations
{
    internal const string DefaultViewName = "Grid view";
    private const string DefaultPrimaryFieldName = "Name";
    private readonly EngineContext _context;
    private readonly DatabaseOperations _databases;
    private readonly FieldDefinitions _definitions;
    private readonly LinkFields _links;

    private readonly ComputedSchema _computed;

    internal TableOperations(EngineContext context, DatabaseOperations databases, ComputedSchema computed)
    {
        _context = context;
        _databases = databases;
        _computed = computed;
        _definitions = new FieldDefinitions(context);
        _links = new LinkFields(_definitions);
    }

    /// <summary>Creates a table with its fields, its primary field and its default view, in one transaction.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for an invalid name, field type or option; <see cref="ErrorCode.ResourceNotFound"/> for an unknown database;
    /// <see cref="ErrorCode.QuotaExceeded"/> past the tables-per-database or fields-per-table limit.
    /// </exception>
    public Table Create(DatabaseId databaseId, NewTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var name = Names.Normalize(table.Name, "table");
        var specs = FieldsWithPrimary(table, out var primaryIndex);
        return Store(databaseId).Write(s =>
        {
            var limit = _context.Options.Quotas.TablesPerDatabase;
            if (DatabaseStore.CountTables(s) >= limit)
            {
                throw SoftrErrors.QuotaExceeded("tables per database", limit);
            }

            var schema = SchemaSnapshot.Load(s);
            var now = _context.Now();
            var stored = Timestamps.ToStored(now);
            var row = new TableRow
            {
                Id = NewTableId(schema),
                Name = name,
                Description = Names.Description(table.Description),
                DefaultViewId = _context.Ids.NewLongId(),
                CreatedAt = stored,
                UpdatedAt = stored,
            };
            row.Num = DatabaseStore.InsertTable(s, row);
            DatabaseStore.CreateDataTable(s, row.Num);
            var entry = new TableEntry(row, []);
            schema.Tables.Add(entry);
            foreach (var spec in specs)
            {
                var field = _definitions.Create(databaseId, schema, entry, spec, now);
                FieldStorageWriter.Insert(s, field, _definitions.TypeOf(field.Type));
                entry.Fields.Add(field);
                if (field.Type == FieldTypeNames.LinkedRecord)
                {
                    _links.AfterInsert(s, databaseId, schema, entry, field, now);
                }
            }

            row.PrimaryFieldId = entry.Fields[primaryIndex].Id;
            DatabaseStore.UpdateTable(s, row);
            DatabaseStore.InsertView(s, new ViewRow
            {
                TableNum = row.Num,
                Id = row.DefaultViewId,
                Name = DefaultViewName,
                CreatedAt = stored,
                UpdatedAt = stored,
            });
            DatabaseStore.BumpSchemaRevision(s);
            _computed.AfterChange(s, databaseId, [], entry.Id, entry.Fields.Select(f => (new FieldId(f.Id), f.Type)).ToArray());
            _context.FailPoint("table.create");
            return entry.ToTable(databaseId);
        });
    }

    /// <summary>Gets a table with all its fields.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown database or table.</exception>
    public Table Get(DatabaseId databaseId, TableId tableId) =>
        Store(databaseId).Read(s => Entry(SchemaSnapshot.Load(s), tableId).ToTable(databaseId));

    /// <summary>Gets a table by its exact (case-sensitive) name, with all its fields.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.ResourceNotFound"/> for an unknown database or no table of that name (the message suggests a name
    /// differing only in case); <see cref="ErrorCode.BadRequest"/> when several tables share the name.
    /// </exception>
    public Table GetByName(DatabaseId databaseId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Store(databaseId).Read(s =>
        {
            var tables = SchemaSnapshot.Load(s).Tables;
            var named = tables.Where(e => e.Row.Name == name).Take(2).ToArray();
            return named.Length switch
            {
                1 => named[0].ToTable(databaseId),
                0 => throw SoftrErrors.TableNameNotFound(name, tables.FirstOrDefault(e => string.Equals(e.Row.Name, name, StringComparison.OrdinalIgnoreCase))?.Row.Name),
                _ => throw SoftrErrors.AmbiguousTableName(name),
            };
        });
    }

    /// <summary>Lists a database's tables in creation order, each with its fields.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for a negative offset or limit; <see cref="ErrorCode.ResourceNotFound"/> for an unknown database.
    /// </exception>
    public Page<Table> List(DatabaseId databaseId, Paging? paging = null)
    {
        var page = PagingRules.Validate(paging);
        return Store(databaseId).Read(s =>
        {
            var tables = SchemaSnapshot.Load(s).Tables;
            var items = tables.Skip(page.Offset).Take(page.EffectiveLimit).Select(e => e.ToTable(databaseId)).ToArray();
            return new Page<Table>(items, page.Offset, page.EffectiveLimit, tables.Count);
        });
    }

    /// <summary>Changes a table's name or description; <see langword="null"/> leaves a value as it is, an empty description clears it.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for an invalid name; <see cref="ErrorCode.ResourceNotFound"/> for an unknown database or table.
    /// </exception>
    public Table Update(DatabaseId databaseId, TableId tableId, string? name = null, string? description = null)
    {
        var newName = name is null ? null : Names.Normalize(name, "table");
        return Store(databaseId).Write(s =>
        {
            var entry = Entry(SchemaSnapshot.Load(s), tableId);
            entry.Row.Name = newName ?? entry.Row.Name;
            entry.Row.Description = description is null ? entry.Row.Description : Names.Description(description);
            entry.Row.UpdatedAt = Timestamps.ToStored(_context.Now());
            DatabaseStore.UpdateTable(s, entry.Row);
            DatabaseStore.BumpSchemaRevision(s);
            _context.FailPoint("table.update");
            return entry.ToTable(databaseId);
        });
    }

    /// <summary>
    /// Deletes a table with its records and views. Link fields in other tables that point to it are deleted too.
    /// </summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> when it holds records and <paramref name="mode"/> is not <see cref="DeleteMode.Force"/>;
    /// <see cref="ErrorCode.ResourceNotFound"/> for an unknown database or table.
    /// </exception>
    public void Delete(DatabaseId databaseId, TableId tableId, DeleteMode mode = DeleteMode.IfEmpty) =>
        Store(databaseId).Write(s =>
        {
            var schema = SchemaSnapshot.Load(s);
            var entry = Entry(schema, tableId);
            if (mode != DeleteMode.Force && DatabaseStore.HasRecords(s, entry.Row.Num))
            {
                throw SoftrErrors.NotEmpty("Table", entry.Row.Name, "records");
            }

            // Links into this table go with it: their fields elsewhere and every link table involved. Computed
            // fields that read through those links turn invalid and empty, as when their link is deleted alone.
            var junctions = entry.Fields.Where(f => f.LinkJunction is not null).Select(f => f.LinkJunction!.Value).ToHashSet();
            var hasComputed = schema.Tables.Any(e => e.Fields.Any(f => ComputedSchema.IsComputed(f.Type)));
            var readers = new List<(TableId Table, FieldId Field)>();
            foreach (var other in schema.Tables.Where(e => e != entry))
            {
                foreach (var link in other.Fields.Where(f => LinksTo(f, tableId)).ToArray())
                {
                    if (hasComputed)
                    {
                        readers.AddRange(_computed.InvalidateReaders(s, databaseId, other.Id, new FieldId(link.Id), _context.Now()));
                    }

                    FieldStorageWriter.Delete(s, link, _definitions.TypeOf(link.Type));
                    junctions.Add(link.LinkJunction ?? 0);
                }
            }

            foreach (var junction in junctions)
            {
                DatabaseStore.DropJunction(s, junction);
            }

            DatabaseStore.DeleteTable(s, entry.Row.Num);
            DatabaseStore.BumpSchemaRevision(s);
            if (readers.Count > 0)
            {
                var model = _computed.Model(s, databaseId);
                foreach (var group in readers.Where(r => r.Table != tableId).GroupBy(r => r.Table))
                {
                    _computed.Refill(s, model, CollaboratorsOf(databaseId), group.Key, group.Select(r => r.Field).Distinct().ToArray());
                }
            }

            _context.FailPoint("table.delete");
            return 0;
        });

    internal IReadOnlyList<Collaborator> CollaboratorsOf(DatabaseId databaseId) => _context.Collaborators(_databases.WorkspaceOf(databaseId));

    internal DatabaseStore Store(DatabaseId databaseId)
    {
        _databases.WorkspaceOf(databaseId);
        return _context.Store(databaseId);
    }

    internal static TableEntry Entry(SchemaSnapshot schema, TableId tableId) =>
        schema.Find(tableId) ?? throw SoftrErrors.TableNotFound(tableId);

    private static bool LinksTo(Storage.Rows.FieldRow field, TableId tableId)
    {
        if (field.Type != FieldTypeNames.LinkedRecord)
        {
            return false;
        }

        using var options = JsonDocument.Parse(field.Options);
        return LinkedRecordType.LinkedTableIdOf(options.RootElement) == tableId.Value;
    }

    private string NewTableId(SchemaSnapshot schema)
    {
        string id;
        do
        {
            id = _context.Ids.NewLongId();
        }
        while (schema.Tables.Exists(e => e.Row.Id == id));

        return id;
    }

    private static List<NewField> FieldsWithPrimary(NewTable table, out int primaryIndex)
    {
        var fields = (table.Fields ?? []).ToList();
        var primaryName = table.PrimaryFieldName?.Trim();
        if (string.IsNullOrEmpty(primaryName))
        {
            if (fields.Count == 0)
            {
                fields.Add(new NewField(DefaultPrimaryFieldName, FieldTypeNames.SingleLineText));
            }

            primaryIndex = 0;
            return fields;
        }

        primaryIndex = fields.FindIndex(f => f.Name?.Trim() == primaryName);
        if (primaryIndex < 0)
        {
            fields.Insert(0, new NewField(primaryName, FieldTypeNames.SingleLineText));
            primaryIndex = 0;
        }

        return fields;
    }
}
