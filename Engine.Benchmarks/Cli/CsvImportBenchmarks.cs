using BenchmarkDotNet.Attributes;
using SoftrLite.Benchmarks.Records;
using SoftrLite.Cli.Import;

namespace SoftrLite.Benchmarks.Cli;

/// <summary>
/// <c>softrlite import FILE --create</c> of 100,000 CSV rows (six columns) into a new database on disk, through the
/// CLI's own code (<see cref="CsvSource"/>, <see cref="Importer"/>: type inference, a table, batches of 500), against
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
