using System.Collections.Concurrent;
using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite.Computed;

/// <summary>
/// The stored values of volatile formulas (NOW, TODAY, RAND, RANDBETWEEN) and of what reads them, rewritten against
/// the engine's clock — only for the reads that cannot evaluate them per record (<see cref="VolatileReads"/>): a
/// filter or sort on such a value, or a value that reaches a table through a link. Databases without volatile
/// formulas are remembered, so their reads pay one dictionary lookup.
/// </summary>
internal sealed class VolatileRefresh(EngineContext context, ModelCache models, PlanCache plans)
{
    private readonly ConcurrentDictionary<DatabaseId, DateTimeOffset> _refreshedAt = new();
    private readonly ConcurrentDictionary<DatabaseId, bool> _hasVolatile = new();

    /// <summary>Forgets what was refreshed when (after a fixture reset or restore: the clock or the data may go back).</summary>
    public void Clear()
    {
        _refreshedAt.Clear();
        _hasVolatile.Clear();
    }

    /// <summary>Whether the database is known (from its last read) to have no volatile formula.</summary>
    public bool KnownStable(DatabaseId databaseId) => _hasVolatile.TryGetValue(databaseId, out var volatileFormulas) && !volatileFormulas;

    /// <summary>Records what a read's model says about volatile formulas.</summary>
    public void Seen(DatabaseId databaseId, bool hasVolatile) => _hasVolatile[databaseId] = hasVolatile;

    /// <summary>Rewrites every volatile value of the database, unless that was done at the clock's current time.</summary>
    public void Refresh(DatabaseId databaseId, DatabaseStore store, IReadOnlyList<Collaborator> collaborators)
    {
        var now = context.Options.TimeProvider.GetUtcNow();
        if (_refreshedAt.TryGetValue(databaseId, out var at) && at == now)
        {
            return;
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
    }
}
