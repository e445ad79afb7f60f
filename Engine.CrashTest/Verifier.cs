using Microsoft.Data.Sqlite;

namespace SoftrLite.CrashTest;

/// <summary>Checks a data directory after a kill; returns what is wrong (nothing, when all holds).</summary>
internal static class Verifier
{
    public static List<string> Check(string directory, CrashWorld world, Expectations expected, out bool committed)
    {
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(directory, "*.sqlite", SearchOption.AllDirectories))
        {
            var result = IntegrityCheck(file);
            if (result != "ok")
            {
                problems.Add($"integrity_check of {Path.GetFileName(file)}: {result}");
            }
        }

        using var engine = SoftrEngine.Open(directory);
        var items = ReadAll(engine, world.DatabaseId, world.ItemsId);
        var groups = ReadAll(engine, world.DatabaseId, world.GroupsId);
        var itemFields = engine.Tables.Get(world.DatabaseId, world.ItemsId).Fields.ToDictionary(f => f.Name, f => f.Id);
        var groupFields = engine.Tables.Get(world.DatabaseId, world.GroupsId).Fields;
        var pending = expected.Pending;

        CheckBatches(problems, items, itemFields["Batch"], expected);
        CheckRecords(problems, items, itemFields, expected);
        CheckFields(problems, itemFields.Keys.Where(n => n.StartsWith("Dbl", StringComparison.Ordinal)).ToHashSet(), expected);

        // Computed values against a recomputation from the stored inputs.
        var totals = new Dictionary<string, (double Sum, int Count)>();
        foreach (var item in items)
        {
            var qty = Number(item[itemFields["Qty"]]);
            var price = Number(item[itemFields["Price"]]);
            Expect(problems, $"Total of {item.Id}", qty * price, Number(item[itemFields["Total"]]));
            foreach (var (name, id) in itemFields.Where(f => f.Key.StartsWith("Dbl", StringComparison.Ordinal)))
            {
                Expect(problems, $"{name} of {item.Id}", qty * 2, Number(item[id]));
            }

            foreach (var link in Links(item[itemFields["Group"]]))
            {
                var (sum, count) = totals.GetValueOrDefault(link);
                totals[link] = (sum + (qty * price), count + 1);
            }
        }

        var inverse = groupFields.Single(f => f.Type == FieldTypeNames.LinkedRecord).Id;
        var sumField = groupFields.Single(f => f.Name == "Sum").Id;
        var countField = groupFields.Single(f => f.Name == "Count").Id;
        foreach (var group in groups)
        {
            var (sum, count) = totals.GetValueOrDefault(group.Id.Value);
            Expect(problems, $"Sum of group {group.Id}", sum, Number(group[sumField]));
            Expect(problems, $"Count of group {group.Id}", count, Number(group[countField]));
            Expect(problems, $"inverse links of group {group.Id}", count, Links(group[inverse]).Count);
        }

        committed = Committed(pending, items, itemFields);
        return problems;
    }

    // Whether the write the kill interrupted committed; the checks above accept either outcome.
    private static bool Committed(string[]? pending, List<Record> items, Dictionary<string, FieldId> fields)
    {
        var byId = items.ToDictionary(i => i.Id.Value);
        double Qty(string id) => byId.TryGetValue(id, out var r) ? Number(r[fields["Qty"]]) : double.NaN;
        double Parse(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return pending switch
        {
            ["batch", var tag, ..] => items.Any(i => (string)i[fields["Batch"]]! == tag),
            ["update", var id, var q] => Qty(id) == Parse(q),
            ["updatemany", var q, var list] => list.Split(',').All(id => Qty(id) == Parse(q)),
            ["relink", var id, var group] => byId.TryGetValue(id, out var r) && Links(r[fields["Group"]]).SingleOrDefault() == group,
            ["delete", var list] => list.Split(',').All(p => !byId.ContainsKey(p.Split(':')[0])),
            ["addfield", var name] => fields.ContainsKey(name),
            ["dropfield", var name] => !fields.ContainsKey(name),
            _ => false,
        };
    }

    private static void CheckBatches(List<string> problems, List<Record> items, FieldId batchField, Expectations expected)
    {
        var present = items.GroupBy(i => (string)i[batchField]!).ToDictionary(g => g.Key, g => g.Count());
        var pending = expected.Pending;
        foreach (var (tag, count) in present)
        {
            if (!expected.Batches.ContainsKey(tag) && !(pending is ["batch", var t, ..] && t == tag))
            {
                problems.Add($"batch {tag} exists ({count} records) but was never written");
            }
        }

        foreach (var (tag, (size, _)) in expected.Batches)
        {
            var count = present.GetValueOrDefault(tag);
            var left = size - expected.DeletedPerBatch.GetValueOrDefault(tag);
            var pendingDeletes = pending is ["delete", var list] ? list.Split(',').Count(p => p.EndsWith(":" + tag, StringComparison.Ordinal)) : 0;
            if (count > left || count < left - pendingDeletes)
            {
                problems.Add($"acknowledged batch {tag}: {count} records, expected {left}" + (pendingDeletes > 0 ? $" (or {left - pendingDeletes})" : string.Empty));
            }
        }

        if (pending is ["batch", var tagPending, var sizeText, _] && present.GetValueOrDefault(tagPending) is var n && n != 0 && n != int.Parse(sizeText, System.Globalization.CultureInfo.InvariantCulture))
        {
            problems.Add($"pending batch {tagPending} is partial: {n} of {sizeText} records");
        }
    }

    private static void CheckRecords(List<string> problems, List<Record> items, Dictionary<string, FieldId> fields, Expectations expected)
    {
        var pending = expected.Pending;
        var byId = items.ToDictionary(i => i.Id.Value);
        foreach (var id in expected.Deleted.Where(byId.ContainsKey))
        {
            problems.Add($"record {id} was deleted (acknowledged) but exists");
        }

        foreach (var item in items)
        {
            var id = item.Id.Value;
            var qty = Number(item[fields["Qty"]]);
            var want = expected.Qty.GetValueOrDefault(id);
            var pendingQty = pending switch
            {
                ["update", var p, var q] when p == id => double.Parse(q, System.Globalization.CultureInfo.InvariantCulture),
                ["updatemany", var q, var list] when list.Split(',').Contains(id) => double.Parse(q, System.Globalization.CultureInfo.InvariantCulture),
                _ => want,
            };
            if (qty != want && qty != pendingQty)
            {
                problems.Add($"record {id}: Qty {qty}, acknowledged {want}");
            }

            var tag = (string)item[fields["Batch"]]!;
            var wantGroup = expected.Group.TryGetValue(id, out var g) ? g : expected.Batches.TryGetValue(tag, out var batch) ? batch.Group : null;
            var pendingGroup = pending is ["relink", var r, var pg] && r == id ? pg : wantGroup;
            var group = Links(item[fields["Group"]]).SingleOrDefault();
            if (wantGroup is not null && group != wantGroup && group != pendingGroup)
            {
                problems.Add($"record {id}: group {group}, acknowledged {wantGroup}");
            }
        }
    }

    private static void CheckFields(List<string> problems, HashSet<string> present, Expectations expected)
    {
        var pending = expected.Pending;
        foreach (var name in expected.Fields.Where(n => !present.Contains(n) && !(pending is ["dropfield", var p] && p == n)))
        {
            problems.Add($"field {name} was added (acknowledged) but is missing");
        }

        foreach (var name in present.Where(n => !expected.Fields.Contains(n) && !(pending is ["addfield", var p] && p == n)))
        {
            problems.Add($"field {name} exists but was never added, or was dropped (acknowledged)");
        }
    }

    private static void Expect(List<string> problems, string what, double expected, double actual)
    {
        if (Math.Abs(expected - actual) > 1e-9 * Math.Max(1, Math.Abs(expected)))
        {
            problems.Add($"{what}: stored {actual}, recomputed {expected}");
        }
    }

    private static double Number(object? value) => value is null ? 0 : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Links(object? value) =>
        value is IEnumerable<LinkedRecord> links ? links.Select(l => l.Id.Value).ToList() : [];

    private static List<Record> ReadAll(SoftrEngine engine, DatabaseId database, TableId table)
    {
        var records = new List<Record>();
        for (var offset = 0; ; offset += 200)
        {
            var page = engine.Records.List(database, table, new Paging(offset, 200));
            records.AddRange(page.Items);
            if (page.Items.Count < 200)
            {
                return records;
            }
        }
    }

    private static string IntegrityCheck(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
