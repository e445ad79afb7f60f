namespace SoftrLite.Computed;

/// <summary>
/// How a read of one table keeps the values of volatile formulas (NOW, TODAY, RAND, RANDBETWEEN, and the formulas of
/// the same table that read them) current without writing: <see cref="Local"/> are evaluated per returned record at
/// the read's clock. <see cref="NeedsRefresh"/> says that some value of the table depends on a volatile value
/// through a link (a lookup, rollup or count of one, or a linked record's label), which per-record evaluation cannot
/// reach: such reads refresh the stored values first.
/// </summary>
internal sealed record VolatileReads(IReadOnlyList<ComputedField> Local, bool NeedsRefresh)
{
    /// <summary>A table without volatile values.</summary>
    public static VolatileReads None { get; } = new([], NeedsRefresh: false);

    /// <summary>Whether reads of the table have anything to do.</summary>
    public bool IsNone => Local.Count == 0 && !NeedsRefresh;

    /// <summary>Whether <paramref name="field"/> is one of the values evaluated per record.</summary>
    public bool Evaluates(FieldId field)
    {
        foreach (var local in Local)
        {
            if (local.Id == field)
            {
                return true;
            }
        }

        return false;
    }
}
