namespace SoftrLite.Compiled;

/// <summary>Where a LINKED_RECORD field's links live: its link table, which side is this table, and the linked table.</summary>
internal sealed record LinkModel(long Junction, bool SelfIsA, TableId LinkedTableId)
{
    public string SelfColumn => SelfIsA ? "a" : "b";

    public string OtherColumn => SelfIsA ? "b" : "a";
}
