using System.Globalization;
using BenchmarkDotNet.Attributes;
using SoftrLite.Benchmarks.Records;
using SoftrLite.Benchmarks.Storage;
using SoftrLite.Cli.Import;

namespace SoftrLite.Benchmarks.Cli;

/// <summary>
/// <c>softrlite import FILE --create</c> of 100,000 CSV rows (six columns) into a new database on disk, through the
/// CLI's own code (<see cref="CsvSource"/>, <see cref="Importer"/>: type inference, a table, batches of 5,000), against
/// the <c>sqlite3</c> shell's <c>.import --csv</c> of the same file into a plain table (TEXT columns, one
/// transaction; the process start is included, a few milliseconds). Mean is per row.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class CsvImportBenchmarks
{
    private string _files = "";
    private string _csv = "";
    private string _directory = "";
    private SoftrEngine? _engine;

    /// <summary>Writes the CSV file once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _files = BenchDirectory.Create();
        _csv = CsvFile.Write(_files);
    }

    /// <summary>A fresh, empty data directory (and engine) for each import.</summary>
    [IterationSetup]
    public void NewDirectory()
    {
        _directory = BenchDirectory.Create();
        _engine = SoftrEngine.Open(_directory);
    }

    /// <summary><c>sqlite3 plain.db ".import --csv rows.csv Rows"</c>.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = CsvFile.Rows)]
    public void Sqlite3Import() => CsvFile.Sqlite3(Path.Combine(_directory, "plain.db"), $".import --csv {_csv} {CsvFile.Table}");

    /// <summary>
    /// Hand-written Microsoft.Data.Sqlite doing the engine's storage work without the engine: the same file read and split
    /// by the same CSV reader, each value converted to its stored form, inserted with a prepared INSERT into a data table
    /// of the engine's shape (STRICT, typed columns, a 14-character random ID under a UNIQUE index, timestamps,
    /// autonumber), in transactions of the import's batch size. What an import into the engine's tables costs at best.
    /// </summary>
    [Benchmark(OperationsPerInvoke = CsvFile.Rows)]
    public int RawTypedImport()
    {
        using var reader = new StreamReader(_csv);
        var csv = new SoftrLite.Cli.Csv.CsvReader(reader);
        _ = csv.Read();
        var rows = csv.ReadAll();
        using var connection = RawRecordSql.OpenWal(Path.Combine(_directory, "raw.db"));
        RawRecordSql.CreateTable(connection, 1, ["TEXT", "TEXT", "REAL", "INTEGER", "TEXT", "TEXT"]);
        using var insert = RawRecordSql.PrepareInsert(connection, 1, 6);
        var random = new Random(1);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var count = 0;
        foreach (var batch in rows.Chunk(BatchWriter.BatchSize))
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            foreach (var row in batch)
            {
                var cells = row.Cells;
                object[] values =
                [
                    cells[0], cells[1], double.Parse(cells[2], CultureInfo.InvariantCulture), cells[3] == "true" ? 1L : 0L,
                    DateOnly.ParseExact(cells[4], "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cells[5],
                ];
                RawRecordSql.Bind(insert, RawRecordSql.NewId(random), now, ++count, values);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return count == CsvFile.Rows ? count : throw new InvalidOperationException($"Inserted {count} rows.");
    }

    /// <summary>The CLI's import: read, infer, create the table, write in batches.</summary>
    [Benchmark(OperationsPerInvoke = CsvFile.Rows)]
    public int EngineImport()
    {
        using var reader = new StreamReader(_csv);
        var result = new Importer(_engine!).Run(CsvSource.Read(reader), "Bench", CsvFile.Table, ImportMode.Create);
        return result.Refused.Count == 0 && result.Imported == CsvFile.Rows
            ? result.Imported
            : throw new InvalidOperationException($"Imported {result.Imported}, refused {result.Refused.Count}.");
    }

    /// <summary>Closes the engine and removes the directory.</summary>
    [IterationCleanup]
    public void DeleteDirectory()
    {
        _engine?.Dispose();
        BenchDirectory.Delete(_directory);
    }

    /// <summary>Removes the CSV file.</summary>
    [GlobalCleanup]
    public void Cleanup() => BenchDirectory.Delete(_files);
}
