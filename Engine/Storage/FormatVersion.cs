namespace SoftrLite.Storage;

/// <summary>The on-disk format versions this build writes and reads (kept in <c>PRAGMA user_version</c>).</summary>
internal static class FormatVersion
{
    public const long Catalog = 1;
    public const long Database = 1;
}
