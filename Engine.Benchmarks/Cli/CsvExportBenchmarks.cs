using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Records;
using SoftrLite.Cli.Csv;
using SoftrLite.Cli.Export;
using SoftrLite.Cli.Import;

namespace SoftrLite.Benchmarks.Cli;

/// <summary>
/// <c>softrlite export --format csv</c> of a 100,000-record table (the rows of <see cref="CsvImportBenchmarks"/>) to a
/// file, through the CLI's <see cref="Exporter"/> (records paged out of the engine, each value formatted), against a
/// raw <c>SELECT *</c> of the same rows (the plain table <c>sqlite3 .import</c> made) written with the same
/// <see cref="CsvWriter"/>. Mean is per row.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class CsvExportBenchmarks
{
    private string _directory = "";
    private string _plain = "";
    private string _output = "";
    private SoftrEngine? _engine;
    private Database? _database;
    private Table? _table;

    /// <summary>Imports the rows once into the engine and once into a plain table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = BenchDirectory.Create();
        var csv = CsvFile.Write(_directory);
        _plain = Path.Combine(_directory, "plain.db");
        CsvFile.Sqlite3(_plain, $".import --csv {csv} {CsvFile.Table}");
        _engine = SoftrEngine.Open(Path.Combine(_directory, "data"));
        using (var reader = new StreamReader(csv))
        {
            new Importer(_engine).Run(CsvSource.Read(reader), "Bench", CsvFile.Table, ImportMode.Create);
        }

        _database = _engine.Databases.List().Items.Single();
        _table = _engine.Tables.GetByName(_database.Id, CsvFile.Table);
        _output = Path.Combine(_directory, "out.csv");
    }

    /// <summary><c>SELECT *</c> of the plain table, every column written as CSV text.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = CsvFile.Rows)]
    public int RawSelect()
    {
        using var connection = new SqliteConnection($"Data Source={_plain};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{CsvFile.Table}\"";
        using var reader = command.ExecuteReader();
        using var file = new StreamWriter(_output);
        var csv = new CsvWriter(file);
        var cells = new string[reader.FieldCount];
        csv.WriteRow(Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray());
        var count = 0;
        while (reader.Read())
        {
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? string.Empty : reader.GetString(i);
            }

            csv.WriteRow(cells);
            count++;
        }

        csv.Flush();
        return count;
    }

    /// <summary>The CLI's export of the table.</summary>
    [Benchmark(OperationsPerInvoke = CsvFile.Rows)]
    public int EngineExport()
    {
        using var file = new StreamWriter(_output);
        return new Exporter(_engine!).WriteCsv(_database!.Id, _table!, file);
    }

    /// <summary>Closes the engine and removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _engine?.Dispose();
        BenchDirectory.Delete(_directory);
    }
}
