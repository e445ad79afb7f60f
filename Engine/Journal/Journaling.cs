using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;
using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite.Journal;

/// <summary>
/// The engine's journal keeping: whether it is on, its bounds, its one MessagePack options instance, and the steps a
/// write takes to journal itself inside its own transaction (so an entry and its write commit together or not at all).
/// </summary>
internal sealed class Journaling
{
    public const string RecordsKind = "records";
    public const string SchemaKind = "schema";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<DatabaseId, (long Revision, Dictionary<(long Table, long Num), StoredValue[]>? Rows)> _metadata = new();

    // The image columns of each table, per schema model (models are immutable and shared by concurrent writes).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DatabaseModel, Dictionary<long, ImageColumns>> _columns = [];

    public Journaling(JournalOptions options, bool inMemory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxEntries, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBytes, 1L, nameof(options));
        Options = options;
        Enabled = options.Mode == JournalMode.On || (options.Mode == JournalMode.Auto && !inMemory);
        _inMemory = inMemory;
        Serializer = MessagePackSerializerOptions.Standard
            .WithResolver(CompositeResolver.Create([new JournalImageFormatter()], [StandardResolver.Instance]))
            .WithSecurity(MessagePackSecurity.UntrustedData);
    }

    private readonly bool _inMemory;

    public JournalOptions Options { get; }

    public bool Enabled { get; }

    /// <summary>The engine's one MessagePack options instance, given to every serializer call.</summary>
    public MessagePackSerializerOptions Serializer { get; }

    /// <summary>Starts taking the images of a record write, when the journal is on (<see langword="null"/> otherwise).</summary>
    public WriteImages? Begin(WriteScope s, DatabaseModel model)
    {
        if (!Enabled)
        {
            return null;
        }

        var columns = _columns.GetValue(model, m => m.Tables.ToDictionary(t => t.Num, ImageColumnsOf));
        return s.Images = new WriteImages(num => columns[num]);
    }

    /// <summary>Appends the entry of a record write to the journal, in the write's transaction.</summary>
    public void Commit(WriteScope s, WriteImages images, Collaborator? actingUser, DateTimeOffset at)
    {
        if (images.IsEmpty)
        {
            return;
        }

        var (rows, links) = images.Finish();
        Append(s, RecordsKind, new JournalImage(images.Columns, rows, links, null), actingUser, at);
    }

    /// <summary>What a schema entry whose changes the journal holds says in <see cref="JournalImage.Schema"/>: it can be undone.</summary>
    public const string MetadataChange = "metadata";

    /// <summary>What any other schema entry says: tables or fields created or deleted, or a schema the journal did not see before.</summary>
    public const string StructureChange = "structure";

    /// <summary>Keeps the schema metadata of a database as it is at a revision, the "before" of its next schema change.</summary>
    public void Remember(DatabaseId database, ReadScope s)
    {
        if (Enabled)
        {
            _metadata[database] = (DatabaseStore.SchemaRevision(s), MetadataStore.ReadAll(s));
        }
    }

    /// <summary>
    /// A schema change is about to commit (<see cref="DatabaseStore.SchemaWriting"/>). Its entry holds the metadata rows
    /// it changed, before and after, when only names, descriptions, options and flags changed and the journal saw the
    /// schema before it; anything else (a table or field created or deleted) is journaled as a change that cannot be
    /// undone. A record write that added select choices has its own entry already; an undo or redo has none. With the
    /// journal off, the file's journal is emptied instead: its images would no longer match the tables.
    /// </summary>
    public void SchemaWriting(DatabaseId database, WriteScope s, Collaborator? actingUser, DateTimeOffset at)
    {
        if (!Enabled)
        {
            // In memory the store is this engine's alone, so with the journal off nothing ever wrote an entry to clear.
            if (!_inMemory)
            {
                JournalStore.Clear(s);
            }

            return;
        }

        var known = _metadata.GetValueOrDefault(database);
        var after = MetadataStore.ReadAll(s);
        _metadata[database] = (s.SchemaRevisionAfter ?? DatabaseStore.SchemaRevision(s), after);
        if (s.Images is not null || s.Replay)
        {
            return;
        }

        var before = known.Rows is not null && known.Revision == s.SchemaRevisionBefore ? known.Rows : null;
        var changes = before is null ? null : MetadataChanges(before, after);
        if (changes is { Count: 0 })
        {
            // No metadata row changed (an index was added or removed): there is nothing to undo.
            return;
        }

        var image = new JournalImage(new Dictionary<long, IReadOnlyList<long>>(), changes ?? [], [], changes is null ? StructureChange : MetadataChange);
        Append(s, SchemaKind, image, actingUser, at);
    }

    // The rows that differ; null when a row was added or removed, or a field's type, table or link changed.
    private static List<RowChange>? MetadataChanges(Dictionary<(long Table, long Num), StoredValue[]> before, Dictionary<(long Table, long Num), StoredValue[]> after)
    {
        if (before.Count != after.Count || before.Keys.Any(key => !after.ContainsKey(key)))
        {
            return null;
        }

        var changes = new List<RowChange>();
        foreach (var (key, old) in before)
        {
            var now = after[key];
            if (old.AsSpan().SequenceEqual(now))
            {
                continue;
            }

            if (key.Table == MetadataStore.Fields && MetadataStore.FieldStructure.Any(i => old[i] != now[i]))
            {
                return null;
            }

            changes.Add(new RowChange(key.Table, key.Num, old, now));
        }

        return changes;
    }

    public byte[] Encode(JournalImage image) => MessagePackSerializer.Serialize(image, Serializer);

    public JournalImage Decode(byte[] bytes) => MessagePackSerializer.Deserialize<JournalImage>(bytes, Serializer);

    /// <summary>The stored columns a user writes (computed columns are recomputed, never journaled).</summary>
    public static IReadOnlyList<long> UserColumns(TableModel table) =>
        table.Stored.Where(f => !f.Type.IsReadOnly).Select(f => f.Num).ToArray();

    internal static ImageColumns ImageColumnsOf(TableModel table)
    {
        var fields = table.Stored.Where(f => !f.Type.IsReadOnly).ToArray();
        return new ImageColumns(fields.Select(f => f.Num).ToArray(), fields.Select(f => f.Type.Storage).ToArray());
    }

    public static string? UserJson(Collaborator? user) =>
        user is null ? null : JsonSerializer.Serialize(new { id = user.Id, name = user.Name, email = user.Email });

    public static Collaborator? User(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new Collaborator(
            root.GetProperty("id").GetString()!,
            root.GetProperty("name").GetString()!,
            root.TryGetProperty("email", out var email) && email.ValueKind == JsonValueKind.String ? email.GetString() : null);
    }

    private void Append(WriteScope s, string kind, JournalImage image, Collaborator? actingUser, DateTimeOffset at)
    {
        JournalStore.ClearRedo(s);
        var tail = JournalStore.Append(s, kind, Timestamps.ToStored(at), UserJson(actingUser), Encode(image));
        JournalStore.Prune(s, tail, Options.MaxEntries, Options.MaxBytes);
    }
}
