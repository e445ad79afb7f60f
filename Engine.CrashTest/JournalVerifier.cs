using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SoftrLite.CrashTest;

/// <summary>
/// Checks, after a kill, that the journal and the data agree: the newest journal entry is the last write that committed
/// (the acknowledged one, or the interrupted one when it committed), of its kind and on its records; and, on a copy of the
/// directory, undoing it is possible (its after-images equal the data, else the undo is refused), leaves computed values
/// equal to a recomputation, and redoing it gives back exactly the data there was.
/// </summary>
internal static class JournalVerifier
{
    public static List<string> Check(string directory, CrashWorld world, Expectations expected, bool committed)
    {
        var problems = new List<string>();

        // A relink to the group the record is in already looks committed whether it did or not: then the newest entry may
        // be the last acknowledged write's too.
        var last = committed && expected.Pending is { } pending ? pending : expected.Last;
        var alternative = committed && expected.Pending is ["relink", ..] ? expected.Last : null;
        if (last is null)
        {
            return problems;
        }

        var copy = Directory.CreateTempSubdirectory("softrlite-crash-journal-").FullName;
        try
        {
            Copy(directory, copy);
            using var engine = SoftrEngine.Open(copy);
            var database = world.DatabaseId;
            var entries = engine.History.Entries(database);
            if (entries.Count == 0)
            {
                problems.Add($"journal: empty after '{string.Join(' ', last)}' committed");
                return problems;
            }

            var newest = entries[0];
            var mismatch = Mismatch(engine, world, newest, last);
            if (mismatch is not null && (alternative is null || Mismatch(engine, world, newest, alternative) is not null))
            {
                problems.Add(mismatch);
                return problems;
            }

            var schema = newest.Kind == JournalEntryKind.Schema;
            if (schema)
            {
                return problems;
            }

            var before = Dump(engine, world);
            try
            {
                engine.History.Undo(database);
            }
            catch (SoftrException error)
            {
                problems.Add($"journal: undo of entry {newest.Sequence} refused ({error.Code}): {error.Message}");
                return problems;
            }

            CheckComputed(engine, world, problems);
            engine.History.Redo(database);
            if (Dump(engine, world) != before)
            {
                problems.Add($"journal: undo and redo of entry {newest.Sequence} did not give back the data");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(copy, recursive: true);
        }

        return problems;
    }

    // Why the newest entry is not the entry of the write, or null when it is.
    private static string? Mismatch(SoftrEngine engine, CrashWorld world, JournalEntry newest, string[] write)
    {
        var schema = write[0] is "addfield" or "dropfield";
        if (newest.Undone || newest.Kind != (schema ? JournalEntryKind.Schema : JournalEntryKind.Records))
        {
            return $"journal: newest entry {newest.Sequence} is {newest.Kind}{(newest.Undone ? " (undone)" : string.Empty)}, the last committed write '{string.Join(' ', write)}'";
        }

        if (Touched(write) is { } record)
        {
            var version = engine.History.RecordHistory(world.DatabaseId, world.ItemsId, new RecordId(record)).FirstOrDefault();
            if (version?.Sequence != newest.Sequence)
            {
                return $"journal: record {record} of the last committed write '{string.Join(' ', write)}' has its newest version in entry {version?.Sequence}, not {newest.Sequence}";
            }
        }

        return null;
    }

    // A record the write must have touched (for a delete, the first deleted one).
    private static string? Touched(string[] op) => op switch
    {
        ["update", var id, _] => id,
        ["updatemany", _, var list] => list.Split(',')[0],
        ["relink", var id, _] => id,
        ["delete", var list] => list.Split(',')[0].Split(':')[0],
        _ => null,
    };

    private static void CheckComputed(SoftrEngine engine, CrashWorld world, List<string> problems)
    {
        var items = engine.Records.Enumerate(world.DatabaseId, world.ItemsId).ToList();
        var fields = engine.Tables.Get(world.DatabaseId, world.ItemsId).Fields.ToDictionary(f => f.Name, f => f.Id);
        var sums = new Dictionary<string, double>();
        foreach (var item in items)
        {
            var total = Number(item[fields["Qty"]]) * Number(item[fields["Price"]]);
            if (Math.Abs(total - Number(item[fields["Total"]])) > 1e-9 * Math.Max(1, Math.Abs(total)))
            {
                problems.Add($"journal: after undo, Total of {item.Id} is {Number(item[fields["Total"]])}, recomputed {total}");
            }

            foreach (var link in item[fields["Group"]] as IEnumerable<LinkedRecord> ?? [])
            {
                sums[link.Id.Value] = sums.GetValueOrDefault(link.Id.Value) + total;
            }
        }

        var sum = engine.Tables.Get(world.DatabaseId, world.GroupsId).Fields.Single(f => f.Name == "Sum").Id;
        foreach (var group in engine.Records.Enumerate(world.DatabaseId, world.GroupsId))
        {
            var want = sums.GetValueOrDefault(group.Id.Value);
            if (Math.Abs(want - Number(group[sum])) > 1e-9 * Math.Max(1, Math.Abs(want)))
            {
                problems.Add($"journal: after undo, Sum of group {group.Id} is {Number(group[sum])}, recomputed {want}");
            }
        }
    }

    private static string Dump(SoftrEngine engine, CrashWorld world)
    {
        var text = new StringBuilder();
        foreach (var table in new[] { world.ItemsId, world.GroupsId })
        {
            foreach (var record in engine.Records.Enumerate(world.DatabaseId, table))
            {
                text.Append(record.Id).Append(' ').Append(record.CreatedAt.ToString("O", CultureInfo.InvariantCulture)).Append(' ').Append(record.UpdatedAt.ToString("O", CultureInfo.InvariantCulture));
                foreach (var (field, value) in record.Fields.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
                {
                    text.Append(" | ").Append(field.Value).Append('=')
                        .Append(value is IEnumerable<LinkedRecord> links ? string.Join(',', links.Select(l => l.Id.Value)) : JsonSerializer.Serialize(value));
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    private static double Number(object? value) => value is null ? 0 : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
