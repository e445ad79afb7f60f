using System.Collections.Concurrent;
using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite.Computed;

/// <summary>
/// Formulas that call NOW, TODAY, RAND or RANDBETWEEN (and whatever reads them) are never served stale: before a
/// read, filter or sort, they are recomputed against the engine's clock whenever it moved since the last time.
/// Tables without such formulas pay one cached check.
/// </summary>
internal sealed class VolatileRefresh(EngineContext context, ModelCache models, PlanCache plans)
{
    private readonly ConcurrentDictionary<DatabaseId, DateTimeOffset> _refreshedAt = new();
    private readonly ConcurrentDictionary<DatabaseId, bool> _hasVolatile = new();

    /// <summary>
    /// Whether the database is known to have no volatile formula. Reads trust it and skip the refresh; each read then
    /// reports what its own (current) model says through <see cref="Seen"/>, and redoes itself when it was wrong.
    /// </summary>
    /// <summary>Forgets what was refreshed when (after a fixture reset or restore: the clock or the data may go back).</summary>
    public void Clear()
    {
        _refreshedAt.Clear();
        _hasVolatile.Clear();
    }

    public bool KnownStable(DatabaseId databaseId) => _hasVolatile.TryGetValue(databaseId, out var volatileFormulas) && !volatileFormulas;

    /// <summary>Records what a read's model says; returns whether the read must be redone after a refresh.</summary>
    public bool Seen(DatabaseId databaseId, DatabaseModel model, bool refreshed)
    {
        var hasVolatile = plans.For(model).HasVolatile;
        _hasVolatile[databaseId] = hasVolatile;
        return hasVolatile && !refreshed;
    }

    /// <summary>Refreshes volatile formulas when the clock moved; returns whether the database has any.</summary>
    public bool BeforeRead(DatabaseId databaseId, DatabaseStore store, IReadOnlyList<Collaborator> collaborators)
    {
        if (KnownStable(databaseId))
        {
            return false;
        }

        var now = context.Options.TimeProvider.GetUtcNow();
        if (_refreshedAt.TryGetValue(databaseId, out var at) && at == now)
        {
            return true;
        }

        if (!store.Read(s => plans.For(models.Get(s, databaseId)).HasVolatile))
        {
            _hasVolatile[databaseId] = false;
            return false;
        }

        store.Write(s =>
        {
            var model = models.Get(s, databaseId);
            var plan = plans.For(model);
            var recomputer = new Recomputer(s, model, plan, collaborators, context.ComputeEnvironment());
            foreach (var (table, fields) in plan.VolatileRoots())
            {
                recomputer.Changed(table, DatabaseStore.RowKeys(s, table.Num), fields);
            }

            recomputer.Run();
            return 0;
        });
        _refreshedAt[databaseId] = now;
        _hasVolatile[databaseId] = true;
        return true;
    }
}
