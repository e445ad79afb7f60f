using SoftrLite.Storage;

namespace SoftrLite.Query;

/// <summary>The values of a built statement; each gets a fresh name, so user text never enters the SQL.</summary>
internal sealed class SqlParameters
{
    private readonly List<(string Name, object Value)> _values = [];

    /// <summary>Parameters of a statement for a store of <paramref name="dialect"/>.</summary>
    public SqlParameters(SqlDialect dialect)
    {
        Dialect = dialect;
    }

    /// <summary>The SQL spelling of the store the statement is for.</summary>
    public SqlDialect Dialect { get; }

    public string Add(object value)
    {
        var name = "@q" + _values.Count;
        _values.Add((name, value));
        return name;
    }

    /// <summary>The values in order, as text, to tell two statements with the same SQL apart.</summary>
    public string Signature() => System.Text.Json.JsonSerializer.Serialize(_values.Select(v => v.Value));

    /// <summary>A statement of <paramref name="sql"/> with these values and <paramref name="more"/> (fixed names such as <c>@limit</c>).</summary>
    public SqlStatement Statement(string sql, params ReadOnlySpan<KeyValuePair<string, object>> more)
    {
        var values = new List<KeyValuePair<string, object>>(_values.Count + more.Length);
        foreach (var (name, value) in _values)
        {
            values.Add(new(name, value));
        }

        values.AddRange(more);
        return new SqlStatement(sql, values);
    }
}
