using SoftrLite.Cli.Csv;

namespace SoftrLite.Cli.Export;

/// <summary>Writes a table as CSV (a header of field names, values in the form <see cref="CellFormatter"/> writes), or a database as a fixture.</summary>
/// <param name="engine">The engine to read from.</param>
public sealed class Exporter(SoftrEngine engine)
{
    private const int ProgressStep = 500;

    /// <summary>How many records the table holds (for a progress bar).</summary>
    public long Count(DatabaseId databaseId, TableId tableId) => engine.Records.List(databaseId, tableId, new Paging(0, 0)).Total;

    /// <summary>Writes every record of the table, in creation order; returns how many.</summary>
    public int WriteCsv(DatabaseId databaseId, Table table, TextWriter writer, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new CsvWriter(writer);
        var fields = table.Fields;
        csv.WriteRow(fields.Select(f => f.Name).ToArray());
        var cells = new string[fields.Count];
        var count = 0;
        foreach (var record in engine.Records.Enumerate(databaseId, table.Id))
        {
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = CellFormatter.Format(record.Fields.GetValueOrDefault(fields[i].Id));
            }

            csv.WriteRow(cells);
            if (++count % ProgressStep == 0)
            {
                progress?.Invoke(ProgressStep);
            }
        }

        csv.Flush();
        progress?.Invoke(count % ProgressStep);
        return count;
    }

    /// <summary>The database as a fixture (<see cref="FixtureOperations.Export"/>), or only one of its tables.</summary>
    public string Fixture(DatabaseId databaseId, Table? table) =>
        table is null ? engine.Fixtures.Export(databaseId) : TableFixture.Keep(engine.Fixtures.Export(databaseId), table.Name);
}
