namespace SoftrLite.Storage;

/// <summary>
/// A statement built outside Storage (Query/ builds filters and sorts) as a value: its text and its named values. Only
/// Storage runs it. Values are always parameters: user text never enters <see cref="Text"/>.
/// </summary>
internal sealed record SqlStatement(string Text, IReadOnlyList<KeyValuePair<string, object>> Parameters)
{
    /// <summary>A statement with no values.</summary>
    public SqlStatement(string text)
        : this(text, [])
    {
    }

    /// <summary>How many rows the statement returns at most, when its LIMIT says so (the reader sizes its list by it); 0 when unknown.</summary>
    public int ExpectedRows { get; init; }
}
