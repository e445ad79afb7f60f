namespace SoftrLite.Tests.Conventions;

/// <summary>
/// DESIGN §2, enforced from the code: each folder of the engine uses only folders below it, and only Storage/ touches
/// Microsoft.Data.Sqlite. The graph is computed by Roslyn from the sources, so the picture cannot drift.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>
    /// The rank of each folder (a path under Engine/; the longest matching prefix wins). A file may use types of its
    /// own folder and of folders of a lower rank only.
    /// </summary>
    private static readonly Dictionary<string, int> Ranks = new(StringComparer.Ordinal)
    {
        ["Identity"] = 0,
        ["Errors"] = 1,
        ["Model"] = 2,
        ["Formula"] = 3,
        ["Storage"] = 3,
        ["Fields"] = 4,
        ["Changes"] = 4,
        ["Compiled"] = 5,
        ["Journal"] = 6,
        ["Core"] = 7,
        ["Query"] = 8,
        ["Computed"] = 9,
        ["Schema"] = 10,
        ["Records"] = 11,
        ["History"] = 12,
        ["Validation"] = 13,
        ["Fixtures"] = 14,
        [""] = 15,
        ["Rest"] = 16,
    };

    private static readonly Lazy<SourceGraph> Graph = new(SourceGraph.OfEngine);

    [Test]
    public void Sources_compile_without_unresolved_names_so_that_every_reference_is_seen()
    {
        Assert.That(Graph.Value.UnresolvedNames().Take(20), Is.Empty);
    }

    [Test]
    public void References_never_climb_the_rank_table()
    {
        var upward = Graph.Value.References()
            .Select(r => (Reference: r, From: FolderOf(r.From), To: FolderOf(r.To)))
            .Where(x => x.From != x.To && Ranks[x.From] <= Ranks[x.To])
            .GroupBy(x => $"{x.From} -> {x.To}")
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key}: {g.Count()} ({string.Join(", ", g.Select(x => $"{x.Reference.From}:{x.Reference.Line} {x.Reference.Type}").Distinct().Take(6))})")
            .ToList();
        Assert.That(upward, Is.Empty, string.Join(Environment.NewLine, upward));
    }

    [Test]
    public void Only_storage_uses_the_database_drivers()
    {
        var outside = Graph.Value.UsesOfNamespace("Microsoft.Data.Sqlite")
            .Concat(Graph.Value.UsesOfNamespace("SQLitePCL"))
            .Concat(Graph.Value.UsesOfNamespace("Dapper"))
            .Concat(Graph.Value.UsesOfNamespace("Npgsql"))
            .Where(r => !r.From.StartsWith("Storage/", StringComparison.Ordinal))
            .Select(r => $"{r.From}:{r.Line} {r.To}.{r.Type}")
            .Distinct();
        Assert.That(outside, Is.Empty);
    }

    [Test]
    public void Every_folder_has_a_rank()
    {
        var unranked = Graph.Value.References().Select(r => r.From).Distinct()
            .Where(f => f.Contains('/', StringComparison.Ordinal) && FolderOf(f).Length == 0);
        Assert.That(unranked, Is.Empty, "files in a folder without a rank (add the folder to the table, in its layer)");
    }

    private static string FolderOf(string file)
    {
        var dir = Path.GetDirectoryName(file)?.Replace('\\', '/') ?? "";
        while (dir.Length > 0 && !Ranks.ContainsKey(dir))
        {
            dir = Path.GetDirectoryName(dir)?.Replace('\\', '/') ?? "";
        }

        return dir;
    }
}
