namespace SoftrLite.Storage;

/// <summary>
/// Every SQL identifier the engine uses for user data. Names are made from internal numbers, never from
/// user text, and quoted in one place.
/// </summary>
internal static class SqlNames
{
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string DataTable(long tableNumber) => Quote("t" + tableNumber);

    public static string Column(long fieldNumber) => Quote("f" + fieldNumber);

    public static string Junction(long junctionNumber) => Quote("l" + junctionNumber);

    /// <summary>A side of a link table: <c>a</c> (the owning side) or <c>b</c> (the linked side).</summary>
    public static string JunctionSide(string side) =>
        side is "a" or "b" ? side : throw new ArgumentOutOfRangeException(nameof(side), side, "A link table has the sides a and b.");

    public static string FieldIndex(long fieldNumber) => Quote("ix_f" + fieldNumber);
}
