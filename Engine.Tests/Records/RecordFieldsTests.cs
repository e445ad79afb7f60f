using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Records;

/// <summary>The fields of a record read from the engine behave as a read-only dictionary of its non-empty values, in table order.</summary>
public sealed class RecordFieldsTests
{
    [Test]
    public void Fields_hold_the_non_empty_values_in_table_order_when_read()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("A", FieldTypeNames.SingleLineText), Field("B", FieldTypeNames.Number), Field("C", FieldTypeNames.Checkbox));
        var created = f.Create(table, ("C", true), ("A", "x"));
        var read = f.Get(table, created);
        var (a, b, c) = (table.Fields[0].Id, table.Fields[1].Id, table.Fields[2].Id);

        Assert.That(read.Fields, Has.Count.EqualTo(2));
        Assert.That(read.Fields.Keys, Is.EqualTo(new[] { a, c }));
        Assert.That(read.Fields.Values, Is.EqualTo(new object[] { "x", true }));
        Assert.That(read.Fields.ContainsKey(b), Is.False);
        Assert.That(read.Fields.TryGetValue(new FieldId("fNone"), out _), Is.False);
        Assert.That(read.Fields[a], Is.EqualTo("x"));
        Assert.That(() => read.Fields[b], Throws.TypeOf<KeyNotFoundException>());
        Assert.That(read.Fields.ToDictionary(p => p.Key, p => p.Value), Is.EqualTo(new Dictionary<FieldId, object> { [a] = "x", [c] = true }));
    }
}
