namespace SoftrLite.Cli.Import;

/// <summary>
/// Writes prepared rows in batches of <see cref="BatchSize"/> with <see cref="RecordOperations.CreateMany"/> (one
/// transaction each). When a batch fails, the rows the engine names as failing are refused and the rest of the batch
/// is written again; if the engine names none, the batch is written row by row. So a bad row never refuses its batch.
/// </summary>
/// <param name="engine">The engine.</param>
/// <param name="databaseId">The database.</param>
/// <param name="tableId">The table.</param>
public sealed class BatchWriter(SoftrEngine engine, DatabaseId databaseId, TableId tableId)
{
    /// <summary>Rows per transaction.</summary>
    public const int BatchSize = 5_000;

    /// <summary>Writes every row; <paramref name="progress"/> is told how many rows each batch settled.</summary>
    /// <returns>How many rows were written; refused rows are added to <paramref name="refused"/>.</returns>
    public int Write(IEnumerable<(int Line, Dictionary<string, object?> Fields)> rows, List<RefusedRow> refused, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(refused);
        var written = 0;
        foreach (var batch in rows.Chunk(BatchSize))
        {
            written += WriteBatch(batch.ToList(), refused);
            progress?.Invoke(batch.Length);
        }

        return written;
    }

    private int WriteBatch(List<(int Line, Dictionary<string, object?> Fields)> batch, List<RefusedRow> refused)
    {
        var found = new List<RefusedRow>();
        while (batch.Count > 0)
        {
            try
            {
                engine.Records.CreateMany(databaseId, tableId, batch.Select(r => (IReadOnlyDictionary<string, object?>)r.Fields));
                Settle(refused, found);
                return batch.Count;
            }
            catch (SoftrException exception) when (exception.Items.Count > 0)
            {
                var failing = exception.Items.Select(i => i.Index).Where(i => i >= 0 && i < batch.Count).ToHashSet();
                if (failing.Count == 0)
                {
                    break;
                }

                foreach (var item in exception.Items.Where(i => failing.Contains(i.Index)).GroupBy(i => i.Index))
                {
                    var first = item.First();
                    found.Add(new RefusedRow(batch[first.Index].Line, first.Code.ToWireName(), string.Join(" ", item.Select(i => i.Message))));
                }

                batch = batch.Where((_, i) => !failing.Contains(i)).ToList();
            }
            catch (SoftrException)
            {
                break;
            }
        }

        // The engine named no failing row (or the batch is empty): write one row at a time.
        var written = 0;
        foreach (var (line, fields) in batch)
        {
            try
            {
                engine.Records.Create(databaseId, tableId, fields);
                written++;
            }
            catch (SoftrException exception)
            {
                found.Add(new RefusedRow(line, exception.Code.ToWireName(), exception.Message));
            }
        }

        Settle(refused, found);
        return written;
    }

    private static void Settle(List<RefusedRow> refused, List<RefusedRow> found) => refused.AddRange(found.OrderBy(r => r.Line));
}
