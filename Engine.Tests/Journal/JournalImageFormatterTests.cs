using MessagePack;
using SoftrLite.Journal;
using SoftrLite.Storage;

namespace SoftrLite.Tests.Journal;

/// <summary>The journal's MessagePack layout: an updated row's after-image kept as what changed, and old entries still read.</summary>
public sealed class JournalImageFormatterTests
{
    private static readonly Journaling Journal = new(new JournalOptions(), inMemory: false);

    private static StoredValue[] Image(string id, long updatedAt, string? name, double amount) =>
    [
        StoredValue.FromText(id), StoredValue.FromInteger(1000), StoredValue.FromInteger(updatedAt), StoredValue.Empty, StoredValue.Empty,
        StoredValue.FromInteger(7), name is null ? StoredValue.Empty : StoredValue.FromText(name), StoredValue.FromReal(amount),
    ];

    [Test]
    public void Encode_keeps_an_update_as_its_changes_and_decodes_every_image_whole()
    {
        var before = Image("recAAAAAAAAAAAAAA", 1000, "a much longer name than the change itself", 1.5);
        var after = Image("recAAAAAAAAAAAAAA", 2000, "a much longer name than the change itself", 2.5);
        var inserted = Image("recBBBBBBBBBBBBBB", 2000, null, 3);
        var image = new JournalImage(
            new Dictionary<long, IReadOnlyList<long>> { [5] = [7, 8] },
            [new RowChange(5, 1, before, after), new RowChange(5, 2, null, inserted), new RowChange(5, 3, inserted, null)],
            [new LinkChange(9, 4, 1, 2, Added: true)],
            null);

        var bytes = Journal.Encode(image);
        var update = Journal.Encode(image with { Rows = [new RowChange(5, 1, before, after)] });
        var whole = Journal.Encode(image with { Rows = [new RowChange(5, 1, before, null), new RowChange(5, 1, null, after)] });
        var decoded = Journal.Decode(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(update, Has.Length.LessThan(whole.Length - 60), "the update's after-image is its two changed values, not the row again");
            Assert.That(decoded.Rows, Has.Count.EqualTo(3));
            Assert.That(decoded.Rows[0].Before, Is.EqualTo(before));
            Assert.That(decoded.Rows[0].After, Is.EqualTo(after));
            Assert.That(decoded.Rows[1].Before, Is.Null);
            Assert.That(decoded.Rows[1].After, Is.EqualTo(inserted));
            Assert.That(decoded.Rows[2].After, Is.Null);
            Assert.That(decoded.Links.Single(), Is.EqualTo(new LinkChange(9, 4, 1, 2, Added: true)));
            Assert.That(decoded.Columns[5], Is.EqualTo(new long[] { 7, 8 }));
        });
    }

    [Test]
    public void Decode_reads_an_entry_of_the_first_layout_with_whole_after_images()
    {
        object?[] Row(string name, long updatedAt) => ["recAAAAAAAAAAAAAA", 1000L, updatedAt, null, null, 7L, name, 1.5];
        object?[] entry = [1, new Dictionary<long, long[]> { [5] = [7, 8] }, new object?[] { new object?[] { 5L, 1L, Row("a", 1000), Row("b", 2000) } }, Array.Empty<object>(), null];

        var decoded = Journal.Decode(MessagePackSerializer.Serialize(entry));

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Rows.Single().Before![6], Is.EqualTo(StoredValue.FromText("a")));
            Assert.That(decoded.Rows.Single().After, Is.EqualTo(Image("recAAAAAAAAAAAAAA", 2000, "b", 1.5)));
        });
    }

    [Test]
    public void Decode_refuses_changes_outside_the_image()
    {
        object?[] entry = [2, new Dictionary<long, long[]> { [5] = [7] }, new object?[] { new object?[] { 5L, 1L, new object?[] { "recA", 1L, 1L, null, null, 1L, "x" }, new Dictionary<int, object> { [9] = "y" } } }, Array.Empty<object>(), null];

        Assert.That(() => Journal.Decode(MessagePackSerializer.Serialize(entry)), Throws.InstanceOf<MessagePackSerializationException>());
    }
}
