using System.Collections.Concurrent;
using SoftrLite.Records.Model;
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

    public void BeforeRead(DatabaseId databaseId, DatabaseStore store, IReadOnlyList<Collaborator> collaborators)
    {
        var now = context.Options.TimeProvider.GetUtcNow();
        if (_refreshedAt.TryGetValue(databaseId, out var at) && at == now)
        {
            return;
        }

        if (!store.Read(c => plans.For(models.Get(c, null, databaseId)).HasVolatile))
        {
            return;
        }

        store.Write((c, t) =>
        {
            var model = models.Get(c, t, databaseId);
            var plan = plans.For(model);
            var recomputer = new Recomputer(c, t, model, plan, collaborators, context.ComputeEnvironment());
            foreach (var (table, fields) in plan.VolatileRoots())
            {
                recomputer.Changed(table, DatabaseStore.RowKeys(c, t, table.Num), fields);
            }

            recomputer.Run();
            return 0;
        });
        _refreshedAt[databaseId] = now;
    }
}
