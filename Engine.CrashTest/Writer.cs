using System.Globalization;

namespace SoftrLite.CrashTest;

/// <summary>
/// The process that gets killed: batches of creates, updates (one and many), relinks, deletes and schema changes
/// (formula fields added and dropped) on the crash world, each logged before and acknowledged after it commits.
/// </summary>
internal static class Writer
{
    private const int MaxItems = 300;

    public static int Run(string directory, int seed)
    {
        var world = CrashWorld.Load(directory);
        var next = AckLog.Read(directory).Length + 1;
        var random = new Random(seed);
        using var engine = SoftrEngine.Open(directory);
        var items = ReadItems(engine, world);
        using var log = new AckLog(directory);
        Console.WriteLine("ready");
        Console.Out.Flush();

        while (true)
        {
            var n = next++;
            var roll = random.Next(100);
            var extra = engine.Tables.Get(world.DatabaseId, world.ItemsId).Fields.Where(f => f.Name.StartsWith("Dbl", StringComparison.Ordinal)).ToArray();
            if (items.Count == 0 || (roll < 40 && items.Count < MaxItems))
            {
                Batch(engine, world, log, items, random, n);
            }
            else if (roll < 60)
            {
                var (id, _) = items[random.Next(items.Count)];
                Do(log, $"update {id} {n}", () => engine.Records.Update(world.DatabaseId, world.ItemsId, new RecordId(id), new Dictionary<string, object?> { ["Qty"] = n }));
            }
            else if (roll < 68)
            {
                var chosen = items.OrderBy(_ => random.Next()).Take(random.Next(2, 6)).Select(i => i.Id).Distinct().ToArray();
                Do(log, $"updatemany {n} {string.Join(',', chosen)}", () => engine.Records.UpdateMany(
                    world.DatabaseId,
                    world.ItemsId,
                    chosen.Select(id => new RecordUpdate(new RecordId(id), new Dictionary<string, object?> { ["Qty"] = n }))));
            }
            else if (roll < 78)
            {
                var (id, _) = items[random.Next(items.Count)];
                var group = world.GroupIds[random.Next(world.GroupIds.Length)];
                Do(log, $"relink {id} {group}", () => engine.Records.Update(world.DatabaseId, world.ItemsId, new RecordId(id), new Dictionary<string, object?> { ["Group"] = new[] { group } }));
            }
            else if (roll < 90 || items.Count >= MaxItems)
            {
                var chosen = items.OrderBy(_ => random.Next()).Take(items.Count >= MaxItems ? 20 : random.Next(1, 3)).ToList();
                Do(log, "delete " + string.Join(',', chosen.Select(c => c.Id + ":" + c.Tag)), () => engine.Records.DeleteMany(world.DatabaseId, world.ItemsId, chosen.Select(c => new RecordId(c.Id))));
                items.RemoveAll(chosen.Contains);
            }
            else if (roll < 95 || extra.Length == 0)
            {
                var name = "Dbl" + n.ToString(CultureInfo.InvariantCulture);
                Do(log, $"addfield {name}", () => engine.Fields.Add(world.DatabaseId, world.ItemsId, new NewField(name, FieldTypeNames.Formula)
                {
                    Options = System.Text.Json.JsonElement.Parse("""{"formula":"{Qty} * 2"}"""),
                }));
            }
            else
            {
                var field = extra[random.Next(extra.Length)];
                Do(log, $"dropfield {field.Name}", () => engine.Fields.Delete(world.DatabaseId, world.ItemsId, field.Id));
            }
        }
    }

    private static void Batch(SoftrEngine engine, CrashWorld world, AckLog log, List<(string Id, string Tag)> items, Random random, int n)
    {
        var tag = "b" + n.ToString(CultureInfo.InvariantCulture);
        var size = random.Next(1, 9);
        var group = world.GroupIds[random.Next(world.GroupIds.Length)];
        var records = Enumerable.Range(0, size).Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["Name"] = $"{tag}-{i}",
            ["Batch"] = tag,
            ["Qty"] = 0,
            ["Price"] = random.Next(1, 100),
            ["Group"] = new[] { group },
        }).ToArray();
        var created = Array.Empty<Record>();
        Do(log, $"batch {tag} {size} {group}", () => created = engine.Records.CreateMany(world.DatabaseId, world.ItemsId, records).ToArray());
        items.AddRange(created.Select(r => (r.Id.Value, tag)));
    }

    private static bool _announced;

    private static void Do(AckLog log, string operation, Action write)
    {
        log.Begin(operation);
        write();
        log.Ack(operation);
        if (!_announced)
        {
            // The kill loop times most kills from here, once the write path is warm.
            _announced = true;
            Console.WriteLine("writing");
            Console.Out.Flush();
        }
    }

    private static List<(string Id, string Tag)> ReadItems(SoftrEngine engine, CrashWorld world)
    {
        var batch = engine.Tables.Get(world.DatabaseId, world.ItemsId).Fields.Single(f => f.Name == "Batch").Id;
        var items = new List<(string, string)>();
        for (var offset = 0; ; offset += 200)
        {
            var page = engine.Records.List(world.DatabaseId, world.ItemsId, new Paging(offset, 200));
            items.AddRange(page.Items.Select(r => (r.Id.Value, (string)r[batch]!)));
            if (page.Items.Count < 200)
            {
                return items;
            }
        }
    }
}
