using SoftrLite.Fields.Types;
using SoftrLite.Query;
using SoftrLite.Compiled;

namespace SoftrLite.Computed;

/// <summary>
/// The dependency graph of a database's computed fields at one schema revision: per table, its computed fields in
/// an order where every field comes after the fields it reads, and which computed fields of other tables read a
/// field through a link. Cycles are refused when fields are saved, so the order always exists.
/// </summary>
internal sealed class ComputedPlan
{
    private readonly Dictionary<TableId, List<ComputedField>> _byTable = [];
    private readonly Dictionary<(TableId Table, FieldId Field), List<(ComputedField Reader, FieldModel Via)>> _remoteReaders = [];
    private readonly Dictionary<TableId, VolatileReads> _volatileReads = [];
    private readonly Dictionary<TableId, RowFormulas> _rowFormulas = [];

    private ComputedPlan()
    {
    }

    public bool IsEmpty => _byTable.Count == 0;

    /// <summary>Whether any formula of the database calls NOW, TODAY, RAND or RANDBETWEEN.</summary>
    public bool HasVolatile => _byTable.Values.Any(fields => fields.Any(f => f.Formula?.IsVolatile == true));

    /// <summary>Per table, its formulas that call a volatile function (what reads them follows through recomputation).</summary>
    public IEnumerable<(TableModel Table, List<FieldId> Fields)> VolatileRoots() =>
        _byTable.Values
            .Select(fields => (fields[0].Table, fields.Where(f => f.Formula?.IsVolatile == true).Select(f => f.Id).ToList()))
            .Where(x => x.Item2.Count > 0);

    public static ComputedPlan Build(DatabaseModel model, Func<FieldModel, TableModel, IFormulaProgram?> compile)
    {
        var plan = new ComputedPlan();
        foreach (var table in model.Tables)
        {
            var fields = table.Fields.Select(f => Describe(model, table, f, compile)).OfType<ComputedField>().ToList();
            if (fields.Count == 0)
            {
                continue;
            }

            var ordered = plan._byTable[table.Id] = Order(fields);
            if (RowFormulas.For(table, ordered) is { } rowFormulas)
            {
                plan._rowFormulas[table.Id] = rowFormulas;
            }

            foreach (var field in fields.Where(f => f.IsValid))
            {
                if (field.LinkedTable is not null)
                {
                    var inputs = field.Target is null ? field.FilterInputs : [.. field.FilterInputs, field.Target.Id];
                    foreach (var input in inputs)
                    {
                        plan.AddReader(field.LinkedTable.Id, input, field, field.Link!);
                    }
                }

                // A formula that reads a link field reads the linked records' labels: their primary field.
                foreach (var link in field.LocalInputs.Select(id => table.FindById(id.Value)).Where(f => f?.Link is not null))
                {
                    if (model.FindTable(link!.Link!.LinkedTableId)?.Primary is { } primary && field.Kind == ComputedKind.Formula)
                    {
                        plan.AddReader(link.Link.LinkedTableId, primary.Id, field, link);
                    }
                }
            }
        }

        plan.PlanVolatileReads(model);
        return plan;
    }

    /// <summary>How reads of a table keep its volatile values current (see <see cref="VolatileReads"/>).</summary>
    public VolatileReads VolatileFor(TableId table) => _volatileReads.GetValueOrDefault(table) ?? VolatileReads.None;

    /// <summary>The formulas a write of the table computes from the row it writes, when it can (see <see cref="RowFormulas"/>).</summary>
    public RowFormulas? RowFormulasOf(TableId table) => _rowFormulas.GetValueOrDefault(table);

    /// <summary>Every computed field of a table, inputs first.</summary>
    public IReadOnlyList<ComputedField> Ordered(TableId table) => _byTable.TryGetValue(table, out var fields) ? fields : [];

    /// <summary>The computed fields of a table to recompute when <paramref name="changed"/> changed, inputs first.</summary>
    public List<ComputedField> Affected(TableId table, IReadOnlySet<FieldId> changed)
    {
        var affected = new List<ComputedField>();
        var dirty = new HashSet<FieldId>(changed);
        foreach (var field in Ordered(table))
        {
            if (dirty.Contains(field.Id) || field.LocalInputs.Any(dirty.Contains))
            {
                affected.Add(field);
                dirty.Add(field.Id);
            }
        }

        return affected;
    }

    /// <summary>
    /// The computed fields of other tables (or this one, through a self link) that read one of <paramref name="changed"/>
    /// through a link, with the link they read it through.
    /// </summary>
    public IEnumerable<(ComputedField Reader, FieldModel Via)> RemoteReaders(TableId table, IEnumerable<FieldId> changed) =>
        changed.SelectMany(f => _remoteReaders.TryGetValue((table, f), out var readers) ? readers : []).Distinct();

    // Per table: the volatile formulas and the formulas of the same table that read them (evaluated per record), and
    // whether a volatile value reaches the table through a link (a lookup, rollup, count or label: refreshed instead).
    private void PlanVolatileReads(DatabaseModel model)
    {
        var local = new Dictionary<TableId, List<ComputedField>>();
        var reached = new HashSet<(TableId Table, FieldId Field)>();
        var throughLinks = new HashSet<TableId>();
        var queue = new Queue<(TableId Table, List<ComputedField> Fields)>();
        foreach (var (table, roots) in VolatileRoots())
        {
            var affected = Affected(table.Id, roots.ToHashSet());
            local[table.Id] = affected;
            queue.Enqueue((table.Id, affected));
        }

        while (queue.TryDequeue(out var next))
        {
            foreach (var field in next.Fields)
            {
                reached.Add((next.Table, field.Id));
            }

            foreach (var (reader, _) in RemoteReaders(next.Table, next.Fields.Select(f => f.Id)))
            {
                throughLinks.Add(reader.Table.Id);
                var affected = Affected(reader.Table.Id, new HashSet<FieldId> { reader.Id }).Where(f => !reached.Contains((reader.Table.Id, f.Id))).ToList();
                if (affected.Count > 0)
                {
                    queue.Enqueue((reader.Table.Id, affected));
                }
            }
        }

        foreach (var table in model.Tables)
        {
            var labelsMove = table.Links.Any(link =>
                model.FindTable(link.Link!.LinkedTableId)?.Primary is { } primary && reached.Contains((link.Link.LinkedTableId, primary.Id)));
            var needsRefresh = throughLinks.Contains(table.Id) || labelsMove;
            var fields = local.GetValueOrDefault(table.Id) ?? [];
            if (needsRefresh || fields.Count > 0)
            {
                _volatileReads[table.Id] = new VolatileReads(fields, needsRefresh);
            }
        }
    }

    private void AddReader(TableId table, FieldId input, ComputedField reader, FieldModel via)
    {
        if (!_remoteReaders.TryGetValue((table, input), out var readers))
        {
            _remoteReaders[(table, input)] = readers = [];
        }

        readers.Add((reader, via));
    }

    private static ComputedField? Describe(DatabaseModel model, TableModel table, FieldModel field, Func<FieldModel, TableModel, IFormulaProgram?> compile)
    {
        switch (field.Options)
        {
            case FormulaOptions formula when field.Field.Type == FieldTypeNames.Formula:
                var program = formula.IsValid ? compile(field, table) : null;
                return new ComputedField
                {
                    Field = field,
                    Table = table,
                    Kind = ComputedKind.Formula,
                    IsValid = program is not null,
                    // LAST_MODIFIED_TIME() moves with any edit of the record: every editable field is an input.
                    LocalInputs = program is null ? [] : program.ReadsLastModifiedTime
                        ? [.. program.References, .. table.Fields.Where(x => x.IsWritable).Select(x => x.Id)]
                        : program.References,
                    Formula = program,
                };
            case LinkedValueOptions options when field.Field.Type is FieldTypeNames.Lookup or FieldTypeNames.Rollup or FieldTypeNames.Count:
                var link = options.LinkFieldId is { } linkId ? table.FindById(linkId) : null;
                var linked = link?.Link is { } l ? model.FindTable(l.LinkedTableId) : null;
                var target = options.TargetFieldId is { } targetId ? linked?.FindById(targetId) : null;
                var filter = options.Filter is { } f ? FilterJson.ParseCondition(f) : null;
                var isValid = options.IsValid && link is not null && linked is not null && (field.Field.Type == FieldTypeNames.Count || target is not null);
                return new ComputedField
                {
                    Field = field,
                    Table = table,
                    Kind = field.Field.Type switch
                    {
                        FieldTypeNames.Lookup => ComputedKind.Lookup,
                        FieldTypeNames.Rollup => ComputedKind.Rollup,
                        _ => ComputedKind.Count,
                    },
                    IsValid = isValid,
                    LocalInputs = link is null ? [] : [link.Id],
                    Link = link,
                    LinkedTable = linked,
                    Target = target,
                    Filter = filter,
                    FilterInputs = filter is null || linked is null ? [] : FilterFields(filter, linked),
                    Function = options.Function,
                };
            default:
                return null;
        }
    }

    private static List<FieldId> FilterFields(FilterCondition condition, TableModel linked)
    {
        var ids = new List<FieldId>();
        if (condition.LeftSide is { } key && (linked.FindById(key) ?? linked.Fields.FirstOrDefault(f => f.Field.Name == key)) is { } field)
        {
            ids.Add(field.Id);
        }

        foreach (var nested in condition.Conditions)
        {
            ids.AddRange(FilterFields(nested, linked));
        }

        return ids;
    }

    private static List<ComputedField> Order(List<ComputedField> fields)
    {
        var byId = fields.ToDictionary(f => f.Id);
        var ordered = new List<ComputedField>(fields.Count);
        var state = new Dictionary<FieldId, bool>();
        foreach (var field in fields)
        {
            Visit(field);
        }

        return ordered;

        void Visit(ComputedField field)
        {
            if (state.TryGetValue(field.Id, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Computed field {field.Id} depends on itself; cycles are refused when fields are saved.");
                }

                return;
            }

            state[field.Id] = false;
            foreach (var input in field.LocalInputs)
            {
                if (byId.TryGetValue(input, out var dependency))
                {
                    Visit(dependency);
                }
            }

            state[field.Id] = true;
            ordered.Add(field);
        }
    }
}
