using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace SoftrLite.Benchmarks.Postgres;

/// <summary>
/// An engine on the PostgreSQL server (<c>SoftrEngine.OpenPostgres</c>, a schema prefix of its own) holding one database
/// with the 3-field table the PostgreSQL benchmarks use (Name text, Amount number with 2 decimals, Due date), and the
/// names the baselines need: the database's schema, the data table <c>t{num}</c> and its field columns. Rows come from a
/// seeded generator: Name <c>Item {i}</c>, Amount uniform in [0, 1000), Due one of 730 days. Disposing drops every schema
/// of the prefix.
/// </summary>
internal sealed class PostgresTable : IDisposable
{
    public const int BatchSize = 1000;
    public const string Name = "Name";
    public const string Amount = "Amount";
    public const string Due = "Due";
    private static readonly JsonElement TwoDecimals = JsonElement.Parse("""{"precision":2}""");

    private PostgresTable(string prefix, SoftrEngine engine, DatabaseId database, Table table)
    {
        Prefix = prefix;
        Engine = engine;
        Database = database;
        Table = table;
        Schema = prefix + "_" + database.Value;
        RawConnectionString = PostgresServer.InSchema(Schema);
        using var connection = OpenRaw();
        var tableNum = Scalar(connection, "SELECT num FROM _tables WHERE id = @a", table.Id.Value);
        DataTable = "t" + tableNum.ToString(CultureInfo.InvariantCulture);
        Columns = table.Fields
            .Select(f => "f" + Scalar(connection, "SELECT num FROM _fields WHERE table_num = @a AND id = @b", tableNum, f.Id.Value).ToString(CultureInfo.InvariantCulture))
            .ToArray();
        SelectList = "_rk, _id, _created_at, _updated_at, _created_by, _updated_by, _autonumber, " + string.Join(", ", Columns);
    }

    /// <summary>The schema prefix of the engine (its catalog schema; databases are <c>{prefix}_{id}</c>).</summary>
    public string Prefix { get; }

    public SoftrEngine Engine { get; }

    public DatabaseId Database { get; }

    public Table Table { get; }

    /// <summary>The database's schema, e.g. <c>slbench_read_3f2a9c1d_db…</c>.</summary>
    public string Schema { get; }

    /// <summary>The server's connection string with <see cref="Schema"/> as search path (a pool of the baselines' own).</summary>
    public string RawConnectionString { get; }

    /// <summary>The data table's name, e.g. <c>t1</c>.</summary>
    public string DataTable { get; }

    /// <summary>The field columns in field order (Name, Amount, Due), e.g. <c>f1</c>.</summary>
    public string[] Columns { get; }

    /// <summary>The engine's select list of a row: system columns, then the field columns.</summary>
    public string SelectList { get; }

    /// <summary>The table definition: Name (text), Amount (number, 2 decimals), Due (date).</summary>
    public static NewTable Definition() => new("Items")
    {
        Fields =
        [
            new NewField(Name, FieldTypeNames.SingleLineText),
            new NewField(Amount, FieldTypeNames.Number) { Options = TwoDecimals },
            new NewField(Due, FieldTypeNames.Date),
        ],
    };

    /// <summary>
    /// Opens an engine with a fresh prefix, creates the table and writes <paramref name="records"/> rows: the first
    /// <paramref name="throughEngine"/> (all by default) through <c>CreateMany</c>, 1,000 per call, the rest by a binary
    /// COPY into the engine's data table, after which the table's autonumber and the database's revisions (<c>data_rev</c>,
    /// <c>rev:{num}</c>) move as a write of the engine moves them, so its caches read the table afresh. Prints how long
    /// each part took.
    /// </summary>
    public static PostgresTable Create(string label, int records, SoftrEngineOptions? options = null, int? throughEngine = null)
    {
        var prefix = PostgresServer.UniquePrefix(label);
        var engine = SoftrEngine.OpenPostgres(PostgresServer.ConnectionString, options, prefix);
        try
        {
            var database = engine.Databases.Create(engine.Workspaces.Default.Id, "Bench").Id;
            var table = engine.Tables.Create(database, Definition());
            var clock = Stopwatch.StartNew();
            var random = new Random(42);
            var viaEngine = Math.Min(records, throughEngine ?? records);
            for (var start = 0; start < viaEngine; start += BatchSize)
            {
                engine.Records.CreateMany(database, table.Id, Batch(table, start, Math.Min(BatchSize, viaEngine - start), random));
            }

            if (viaEngine > 0)
            {
                var seconds = clock.Elapsed.TotalSeconds;
                Console.WriteLine($"// Filled {viaEngine:N0} records through CreateMany (1,000 per call) in {seconds:F1} s ({viaEngine / seconds:N0} records/s).");
            }

            var result = new PostgresTable(prefix, engine, database, table);
            if (records > viaEngine)
            {
                clock.Restart();
                result.CopyRest(viaEngine, records, random);
                Console.WriteLine($"// Copied {records - viaEngine:N0} more records by COPY in {clock.Elapsed.TotalSeconds:F1} s.");
            }

            return result;
        }
        catch
        {
            engine.Dispose();
            PostgresServer.DropSchemas(prefix);
            throw;
        }
    }

    /// <summary>Rows <paramref name="start"/>… as the C# API takes them, keyed by field ID.</summary>
    public static IReadOnlyDictionary<string, object?>[] Batch(Table table, int start, int count, Random random)
    {
        var ids = table.Fields.Select(f => f.Id.Value).ToArray();
        var batch = new IReadOnlyDictionary<string, object?>[count];
        for (var i = 0; i < count; i++)
        {
            batch[i] = new Dictionary<string, object?>(3)
            {
                [ids[0]] = "Item " + (start + i).ToString(CultureInfo.InvariantCulture),
                [ids[1]] = random.Next(100_000) / 100.0,
                [ids[2]] = DueDate(random.Next(730)),
            };
        }

        return batch;
    }

    /// <summary>The Due value of day <paramref name="day"/> after 2024-01-01, as the engine stores it.</summary>
    public static string DueDate(int day) => new DateOnly(2024, 1, 1).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An open connection of the baselines' pool (search path: <see cref="Schema"/>).</summary>
    public NpgsqlConnection OpenRaw()
    {
        var connection = new NpgsqlConnection(RawConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Checks that an engine page holds exactly the baseline's rows, in the same order.</summary>
    public void CheckSame(IReadOnlyList<Record> engine, IReadOnlyList<PostgresRow> raw, string what)
    {
        if (engine.Count != raw.Count || raw.Count == 0 || !raw.Zip(engine).All(p => p.First.Matches(p.Second, Table)))
        {
            var first = raw.Zip(engine).FirstOrDefault(p => !p.First.Matches(p.Second, Table));
            var detail = first.First is null
                ? string.Empty
                : $" First difference: baseline {first.First}; engine {first.Second.Id} {first.Second.CreatedAt:O} "
                    + string.Join(", ", Table.Fields.Select(f => $"{f.Name}={first.Second[f.Id]} ({first.Second[f.Id]?.GetType().Name})"));
            throw new InvalidOperationException($"{what}: the engine returned {engine.Count} records, the baseline {raw.Count} rows, or they differ.{detail}");
        }
    }

    // Rows start… by binary COPY (the engine's ID shape, one timestamp, autonumbers going on), then the engine's bookkeeping.
    private void CopyRest(int start, int records, Random random)
    {
        var ids = new Random(4242);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var tableNum = DataTable[1..];
        using var connection = OpenRaw();
        using (var writer = connection.BeginBinaryImport(
            $"COPY {DataTable}(_id, _created_at, _updated_at, _autonumber, {string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = start; i < records; i++)
            {
                writer.StartRow();
                writer.Write(Storage.RawRecordSql.NewId(ids), NpgsqlTypes.NpgsqlDbType.Text);
                writer.Write(now, NpgsqlTypes.NpgsqlDbType.Bigint);
                writer.Write(now, NpgsqlTypes.NpgsqlDbType.Bigint);
                writer.Write((long)i + 1, NpgsqlTypes.NpgsqlDbType.Bigint);
                writer.Write("Item " + i.ToString(CultureInfo.InvariantCulture), NpgsqlTypes.NpgsqlDbType.Text);
                writer.Write(random.Next(100_000) / 100.0, NpgsqlTypes.NpgsqlDbType.Double);
                writer.Write(DueDate(random.Next(730)), NpgsqlTypes.NpgsqlDbType.Text);
            }

            writer.Complete();
        }

        using var transaction = connection.BeginTransaction();
        using var bookkeeping = new NpgsqlCommand(
            $"UPDATE _tables SET autonumber = {records} WHERE num = {tableNum}; "
            + $"INSERT INTO _meta(key, value) VALUES ('data_rev', 1), ('rev:{tableNum}', 1) ON CONFLICT(key) DO UPDATE SET value = _meta.value + 1; "
            + $"ANALYZE {DataTable}",
            connection,
            transaction);
        bookkeeping.ExecuteNonQuery();
        transaction.Commit();
    }

    public void Dispose()
    {
        Engine.Dispose();
        PostgresServer.DropSchemas(Prefix);
    }

    private static long Scalar(NpgsqlConnection connection, string sql, params object[] values)
    {
        using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue(((char)('a' + i)).ToString(), values[i]);
        }

        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
