using System.Data.Common;

namespace SoftrLite.Storage;

/// <summary>
/// The journal of a database file: one row per journaled write, in the file itself, so an entry commits in the same
/// transaction as the write it records (a crash keeps both or neither). Undone entries are always the newest ones
/// (a new write deletes them), so the undo stack is the entries not undone and the redo stack the undone ones.
/// </summary>
internal static class JournalStore
{
    private const string Columns = "seq, kind, undone, at, \"user\", bytes";

    /// <summary>Creates the journal table (a new file, or the step of <see cref="DatabaseMigrations"/>).</summary>
    public static void Create(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;

        // size and total sit before bytes, so reading them reads no blob. total is the running sum of sizes, so the size of
        // the whole journal is the newest total less the oldest's total before it: pruning to a byte bound looks at the
        // oldest entry only, instead of adding sizes up on every write. seq numbers stay contiguous (entries go oldest
        // first or newest first, and a new one takes the next number), so pruning to a count is a range of keys.
        command.CommandText = dialect.Ddl(
            """
            CREATE TABLE IF NOT EXISTS _journal(
                seq INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                undone INTEGER NOT NULL DEFAULT 0,
                at INTEGER NOT NULL,
                "user" TEXT,
                size INTEGER NOT NULL,
                total INTEGER NOT NULL,
                bytes BLOB NOT NULL) STRICT;
            CREATE INDEX IF NOT EXISTS _journal_redo ON _journal(seq) WHERE undone = 1;
            """);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Appends an entry. Returns its sequence number, the running total of sizes it ends, and what pruning needs to know
    /// of the oldest entry: its sequence number and the running total before it.
    /// </summary>
    public static JournalTail Append(WriteScope s, string kind, long at, string? user, byte[] bytes)
    {
        var command = s.Statement(
            """
            INSERT INTO _journal(kind, undone, at, "user", size, total, bytes)
            VALUES (@kind, 0, @at, @user, @size, coalesce((SELECT total FROM _journal ORDER BY seq DESC LIMIT 1), 0) + @size, @bytes)
            RETURNING seq, total, coalesce((SELECT seq FROM _journal ORDER BY seq LIMIT 1), seq), coalesce((SELECT total - size FROM _journal ORDER BY seq LIMIT 1), total - size)
            """,
            ["@kind", "@at", "@user", "@size", "@bytes"]);
        var parameters = command.Parameters;
        parameters[0].Value = kind;
        parameters[1].Value = at;
        parameters[2].Value = (object?)user ?? DBNull.Value;
        parameters[3].Value = bytes.Length;
        parameters[4].Value = bytes;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new JournalTail(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>Deletes the undone entries: a new write makes them impossible to redo.</summary>
    public static void ClearRedo(WriteScope s) => s.Statement("DELETE FROM _journal WHERE undone = 1").ExecuteNonQuery();

    /// <summary>Deletes every entry.</summary>
    public static void Clear(WriteScope s) => s.Statement("DELETE FROM _journal").ExecuteNonQuery();

    /// <summary>
    /// Deletes the oldest entries until at most <paramref name="maxEntries"/> are left and their sizes add up to at most
    /// <paramref name="maxBytes"/> (an entry larger than that on its own goes too, with every older one), given what
    /// <see cref="Append"/> returned. Runs no statement when the journal is within both bounds.
    /// </summary>
    public static void Prune(WriteScope s, JournalTail tail, int maxEntries, long maxBytes)
    {
        if (tail.Seq - tail.OldestSeq >= maxEntries)
        {
            var byCount = s.Statement("DELETE FROM _journal WHERE seq <= @cut", ["@cut"]);
            byCount.Parameters[0].Value = tail.Seq - maxEntries;
            byCount.ExecuteNonQuery();
        }

        if (tail.Total - tail.OldestBase <= maxBytes)
        {
            return;
        }

        // Oldest first, while the entries from the oldest to the newest add up to more than the bound: usually one.
        var oldest = s.Statement(
            "DELETE FROM _journal WHERE seq = (SELECT min(seq) FROM _journal) AND @total - (total - size) > @max RETURNING seq",
            ["@total", "@max"]);
        oldest.Parameters[0].Value = tail.Total;
        oldest.Parameters[1].Value = maxBytes;
        while (oldest.ExecuteScalar() is not null)
        {
        }
    }

    /// <summary>The newest entry not undone: the one an undo reverts.</summary>
    public static JournalRow? LatestUndoable(ReadScope s) => One(s, $"SELECT {Columns} FROM _journal WHERE undone = 0 ORDER BY seq DESC LIMIT 1");

    /// <summary>The oldest undone entry: the one a redo applies again.</summary>
    public static JournalRow? OldestRedoable(ReadScope s) => One(s, $"SELECT {Columns} FROM _journal WHERE undone = 1 ORDER BY seq LIMIT 1");

    /// <summary>
    /// Replaces an entry's bytes (an undo completing keys-only images), keeping the sizes and running totals true: the
    /// entries after it are all undone ones, whose totals move by the same difference.
    /// </summary>
    public static void Rewrite(WriteScope s, long seq, byte[] bytes)
    {
        var totals = s.Statement("UPDATE _journal SET total = total + @size - (SELECT size FROM _journal WHERE seq = @seq) WHERE seq >= @seq", ["@size", "@seq"]);
        totals.Parameters[0].Value = bytes.Length;
        totals.Parameters[1].Value = seq;
        totals.ExecuteNonQuery();
        var entry = s.Statement("UPDATE _journal SET size = @size, bytes = @bytes WHERE seq = @seq", ["@size", "@bytes", "@seq"]);
        entry.Parameters[0].Value = bytes.Length;
        entry.Parameters[1].Value = bytes;
        entry.Parameters[2].Value = seq;
        entry.ExecuteNonQuery();
    }

    /// <summary>Marks an entry undone, or done again.</summary>
    public static void SetUndone(WriteScope s, long seq, bool undone)
    {
        var command = s.Statement("UPDATE _journal SET undone = @undone WHERE seq = @seq", ["@undone", "@seq"]);
        command.Parameters[0].Value = undone ? 1 : 0;
        command.Parameters[1].Value = seq;
        command.ExecuteNonQuery();
    }

    /// <summary>Every entry without its bytes, newest first.</summary>
    public static List<JournalRow> List(ReadScope s)
    {
        var rows = new List<JournalRow>();
        using var reader = s.Statement("SELECT seq, kind, undone, at, \"user\" FROM _journal ORDER BY seq DESC").ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new JournalRow(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2) != 0, reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4), []));
        }

        return rows;
    }

    /// <summary>How many entries the journal holds and their total size in bytes.</summary>
    public static (long Count, long Bytes) Totals(ReadScope s)
    {
        using var reader = s.Statement("SELECT count(*), coalesce(sum(size), 0) FROM _journal").ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// The entries in effect (not undone) that may touch a record, newest first: those whose bytes hold the record's ID
    /// (entries are not compressed, so an ID is found in them as written). The caller decodes them to be sure.
    /// </summary>
    public static List<JournalRow> Touching(ReadScope s, string recordId)
    {
        var command = s.Statement($"SELECT {Columns} FROM _journal WHERE undone = 0 AND {s.Dialect.BlobContainsText("bytes", "@id")} ORDER BY seq DESC", ["@id"]);
        command.Parameters[0].Value = recordId;
        return Read(command);
    }

    private static JournalRow? One(ReadScope s, string sql) => Read(s.Statement(sql)) is [var row] ? row : null;

    private static List<JournalRow> Read(DbCommand command)
    {
        var rows = new List<JournalRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new JournalRow(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt64(2) != 0,
                reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                (byte[])reader.GetValue(5)));
        }

        return rows;
    }
}
