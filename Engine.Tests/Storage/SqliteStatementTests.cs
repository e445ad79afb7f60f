using Microsoft.Data.Sqlite;
using SoftrLite.Storage;

namespace SoftrLite.Tests.Storage;

/// <summary>
/// <see cref="SqliteStatement"/>, the positional runner of the engine's record writes and reads by ID on SQLite: every
/// value kind binds as Microsoft.Data.Sqlite would bind it and reads back as its reader gives it, parameters are matched
/// by name whatever their order in the text, and a failed step throws the same <see cref="SqliteException"/> and leaves
/// the statement usable.
/// </summary>
public sealed class SqliteStatementTests
{
    private SqliteConnection _connection = null!;

    [SetUp]
    public void Open()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t(k INTEGER PRIMARY KEY, v ANY, u TEXT UNIQUE) STRICT";
        create.ExecuteNonQuery();
    }

    [TearDown]
    public void Close() => _connection.Dispose();

    [TestCase(null, "null")]
    [TestCase("", "text")]
    [TestCase("ünïcødé ✓ 𝄞", "text")]
    [TestCase(42L, "integer")]
    [TestCase(7, "integer")]
    [TestCase(2.5, "real")]
    [TestCase(true, "integer")]
    [TestCase(new byte[] { 0, 1, 255 }, "blob")]
    public void Execute_stores_each_value_kind_as_microsoft_data_sqlite_does_when_bound_by_position(object? value, string type)
    {
        using var command = Command("INSERT INTO t(k, v) VALUES (@k, @v)", ("@v", value), ("@k", 1L));
        using var statement = new SqliteStatement(command);

        var changed = statement.Execute(command.Parameters);

        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT v, typeof(v) FROM t WHERE k = 1";
        using var reader = read.ExecuteReader();
        reader.Read();
        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.EqualTo(1));
            Assert.That(reader.GetString(1), Is.EqualTo(type));
            Assert.That(reader.GetValue(0), Is.EqualTo(value switch { null => DBNull.Value, int i => (long)i, bool b => b ? 1L : 0L, _ => value }));
        });
    }

    [Test]
    public void Execute_throws_the_constraint_error_and_runs_again_when_a_step_fails()
    {
        using var command = Command("INSERT INTO t(k, u) VALUES (@k, @u)", ("@k", 1L), ("@u", "a"));
        using var statement = new SqliteStatement(command);
        statement.Execute(command.Parameters);
        command.Parameters[0].Value = 2L;

        var error = Assert.Throws<SqliteException>(() => statement.Execute(command.Parameters));
        command.Parameters[1].Value = "b";

        Assert.Multiple(() =>
        {
            Assert.That(error!.SqliteErrorCode, Is.EqualTo(19));
            Assert.That(error.Message, Does.Contain("UNIQUE"));
            Assert.That(statement.Execute(command.Parameters), Is.EqualTo(1));
        });
    }

    [Test]
    public void Constructor_throws_when_the_command_leaves_a_parameter_of_the_text_unnamed()
    {
        using var command = Command("INSERT INTO t(k, v) VALUES (@k, @v)", ("@k", 1L));

        Assert.That(() => new SqliteStatement(command), Throws.InvalidOperationException.With.Message.Contains("parameters"));
    }

    [Test]
    public void Execute_refuses_a_value_of_a_kind_it_does_not_bind()
    {
        using var command = Command("INSERT INTO t(k, v) VALUES (@k, @v)", ("@k", 1L), ("@v", DateTime.UnixEpoch));
        using var statement = new SqliteStatement(command);

        Assert.That(() => statement.Execute(command.Parameters), Throws.InvalidOperationException.With.Message.Contains("DateTime"));
    }

    [Test]
    public void Query_reads_each_kind_as_the_provider_reader_does_and_runs_again_once_its_rows_are_disposed()
    {
        using (var insert = _connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO t(k, v, u) VALUES (1, 42, 'a'), (2, 2.5, NULL), (3, 'ünï', 'c'), (4, x'6869', 'd'), (5, NULL, 'e')";
            insert.ExecuteNonQuery();
        }

        using var command = Command("SELECT k, v, u FROM t WHERE k >= @from ORDER BY k", ("@from", 1L));
        using var statement = new SqliteStatement(command);
        using var read = _connection.CreateCommand();
        read.CommandText = command.CommandText;
        read.Parameters.Add(new SqliteParameter("@from", 1L));

        var positional = Rows(statement.Query(command.Parameters));
        var again = Rows(statement.Query(command.Parameters));
        var provider = Rows(new ReaderCursor(read.ExecuteReader()));

        Assert.Multiple(() =>
        {
            Assert.That(positional, Has.Count.EqualTo(5));
            Assert.That(positional[1], Is.EqualTo((2L, StoredValue.FromReal(2.5), StoredValue.Empty)));
            Assert.That(positional[3].Item2, Is.EqualTo(StoredValue.FromText("hi")));
            Assert.That(positional, Is.EqualTo(provider));
            Assert.That(again, Is.EqualTo(positional));
        });
    }

    [Test]
    public void Query_throws_when_its_table_is_gone_as_the_provider_reader_does()
    {
        using var command = Command("SELECT k FROM t WHERE k = @k", ("@k", 1L));
        using var statement = new SqliteStatement(command);
        using (var drop = _connection.CreateCommand())
        {
            drop.CommandText = "DROP TABLE t";
            drop.ExecuteNonQuery();
        }

        var error = Assert.Throws<SqliteException>(() => statement.Query(command.Parameters).Dispose());

        Assert.That(error!.SqliteErrorCode, Is.EqualTo(1));
    }

    private static List<(long, StoredValue, StoredValue)> Rows(RowCursor cursor)
    {
        using (cursor)
        {
            var rows = new List<(long, StoredValue, StoredValue)>();
            while (cursor.Read())
            {
                rows.Add((cursor.Integer(0), cursor.Value(1), cursor.Read(2, FieldStorage.Text)));
            }

            return rows;
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}
