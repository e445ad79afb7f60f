using SoftrLite.Storage.Readable;

namespace SoftrLite.Storage;

/// <summary>
/// The file's revisions (<c>_meta</c>): the data revision every write moves, the schema revision every schema write
/// moves, the revisions of the tables a write changed records of; and the schema rows a session keeps per revision.
/// </summary>
internal sealed partial class DatabaseStore
{
    /// <summary>
    /// The file's revisions as they are now: <c>data_rev</c>, <c>schema_rev</c>, and <c>rev:{table}</c> for every table a
    /// write changed records of. Read holding this process's writer, so none of its own writes is half-counted.
    /// </summary>
    public Dictionary<string, long> Revisions() =>
        _store.ReadHoldingWriter(s => s.Query<(string Key, long Value)>("SELECT key, value FROM _meta").ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal));

    /// <summary>
    /// Every table and field row of the file as this scope sees it. A session keeps the rows of the last revision it read
    /// or a write on it published (<see cref="WriteScope.PublishSchema"/>), and serves them again while the revision is the
    /// same and the scope sees committed rows: revisions are random and never reused, so one revision is one set of rows.
    /// The rows are shared: the caller copies any it edits.
    /// </summary>
    public static SchemaRows Schema(ReadScope s)
    {
        var revision = SchemaRevision(s);
        if (!s.SeesCommittedRows)
        {
            return ReadSchema(s, revision);
        }

        if (s is WriteScope write)
        {
            write.CommittedSchemaRevision ??= revision;
        }

        if (s.KeptSchema is { } kept && kept.Revision == revision)
        {
            return kept;
        }

        var rows = ReadSchema(s, revision);
        s.KeepSchema(rows);
        return rows;
    }

    private static SchemaRows ReadSchema(ReadScope s, long revision)
    {
        var indexed = IndexedFields(s);
        var fields = ListFields(s);
        foreach (var field in fields)
        {
            field.Indexed = indexed.Contains(field.Num);
        }

        return new SchemaRows(revision, ListTables(s), fields);
    }

    // Debug builds (the test suites) read the rows back to check what a write published: a write that publishes rows
    // other than the file's would serve the next calls a wrong schema.
    private static SchemaRows CheckedPublished(WriteScope s, SchemaRows published)
    {
#if DEBUG
        if (!published.SameRowsAs(ReadSchema(s, published.Revision)))
        {
            throw new InvalidOperationException("A schema write published rows that differ from the file's.");
        }
#endif
        _ = s;
        return published;
    }

    // Moves the data revision and the revision of every table whose records changed, in one statement.
    private static List<(string Key, long Value)> MoveRevisions(WriteScope s)
    {
        if (s.TouchedTables.Count == 0)
        {
            var data = s.Statement("UPDATE _meta SET value = value + 1 WHERE key = 'data_rev' RETURNING value");
            return [("data_rev", Convert.ToInt64(data.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture))];
        }

        var keys = new List<string>(1 + s.TouchedTables.Count) { "data_rev" };
        keys.AddRange(s.TouchedTables.Select(table => "rev:" + table.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var command = s.Statement(
            $"INSERT INTO _meta(key, value) SELECT value, 1 FROM ({s.Dialect.TextValues("@keys")}) AS k WHERE true ON CONFLICT(key) DO UPDATE SET value = _meta.value + 1 RETURNING key, value",
            ["@keys"]);
        command.Parameters[0].Value = System.Text.Json.JsonSerializer.Serialize(keys);
        var moved = new List<(string, long)>(keys.Count);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            moved.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return moved;
    }

    /// <summary>The file's data revision: it moves on every committed write, of this process or another.</summary>
    public static long DataRevision(ReadScope s) => Convert.ToInt64(s.Statement("SELECT value FROM _meta WHERE key = 'data_rev'").ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Marks the schema as changed, so cached models of it are rebuilt, and brings the readable views in step with
    /// it. Every schema write ends here, inside its transaction. The new revision is random rather than the next
    /// number, so a revision taken back by a rollback is never seen again for another schema; it is drawn here (below
    /// 2^53, exact in JSON) rather than in SQL, so the write knows it without reading it back.
    /// </summary>
    public static void BumpSchemaRevision(WriteScope s)
    {
        s.SchemaRevisionBefore ??= s.CommittedSchemaRevision ?? SchemaRevision(s);
        s.SchemaChanged = true;
        var revision = Random.Shared.NextInt64(1, 1L << 53);
        var command = s.Statement("UPDATE _meta SET value = @revision WHERE key = 'schema_rev'", ["@revision"]);
        command.Parameters[0].Value = revision;
        command.ExecuteNonQuery();
        s.SchemaRevisionAfter = revision;
        ReadableViews.Refresh(s);
    }

    /// <summary>The file's schema revision: it moves on every committed schema change (see <see cref="BumpSchemaRevision"/>).</summary>
    public static long SchemaRevision(ReadScope s) => Convert.ToInt64(s.Statement("SELECT value FROM _meta WHERE key = 'schema_rev'").ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
}
