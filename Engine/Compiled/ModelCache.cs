using System.Collections.Concurrent;
using SoftrLite.Schema;
using SoftrLite.Storage;

namespace SoftrLite.Compiled;

/// <summary>
/// Keeps one <see cref="DatabaseModel"/> per database and rebuilds it when the file's schema revision moves,
/// so record calls cost one small lookup instead of a schema load.
/// </summary>
internal sealed class ModelCache(FieldTypeRegistry types)
{
    private readonly ConcurrentDictionary<DatabaseId, DatabaseModel> _models = new();

    /// <summary>Forgets every model (after a fixture reset or restore, when a database ID may come back with other content).</summary>
    public void Clear() => _models.Clear();

    /// <summary>The model last built for a database, whatever its revision (the caller checks it against the file).</summary>
    public DatabaseModel? Cached(DatabaseId databaseId) => _models.GetValueOrDefault(databaseId);

    public DatabaseModel Get(ReadScope s, DatabaseId databaseId)
    {
        var revision = DatabaseStore.SchemaRevision(s);
        if (_models.TryGetValue(databaseId, out var model) && model.Revision == revision)
        {
            return model;
        }

        // Revisions are random, never reused: a model built inside a write that later rolls back is keyed by
        // a revision no committed state will ever carry, so sharing it is harmless.
        model = DatabaseModel.Build(databaseId, revision, SchemaSnapshot.Load(s), types);
        _models[databaseId] = model;
        return model;
    }
}
