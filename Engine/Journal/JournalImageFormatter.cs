using MessagePack;
using MessagePack.Formatters;
using SoftrLite.Fields;
using SoftrLite.Storage;

namespace SoftrLite.Journal;

/// <summary>
/// Writes a <see cref="JournalImage"/> as MessagePack, by hand so the layout is explicit and stable:
/// <c>[2, {table: [columns]}, [[table, rowKey, before, after]…], [[junction, rk, a, b, added]…], schema]</c>, an image
/// being <c>nil</c> or an array of values (<c>nil</c>, a string, an integer or a float64, as the column holds them).
/// The after-image of an updated row (both images there) is written as what changed: a map from position to value, so
/// an update of one field costs its value and the edit time, not the whole row again. The after-image of a created row
/// holds its system columns only (see <see cref="RowChange.AfterIsKeysOnly"/>) until an undo completes it. Layout 1
/// (entries written before 2026-12-03) wrote every after-image whole, layout 2 (before 2026-12-04) the after-images of
/// created rows whole; all three are read, and an engine that knows only the older layouts refuses the new one.
/// </summary>
internal sealed class JournalImageFormatter : IMessagePackFormatter<JournalImage?>
{
    private const int Layout = 3;
    private const int WholeImagesLayout = 1;
    private const int WholeCreatedImagesLayout = 2;

    public void Serialize(ref MessagePackWriter writer, JournalImage? value, MessagePackSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNil();
            return;
        }

        writer.WriteArrayHeader(5);
        writer.Write(Layout);
        writer.WriteMapHeader(value.Columns.Count);
        foreach (var (table, columns) in value.Columns)
        {
            writer.Write(table);
            writer.WriteArrayHeader(columns.Count);
            foreach (var column in columns)
            {
                writer.Write(column);
            }
        }

        writer.WriteArrayHeader(value.Rows.Count);
        foreach (var row in value.Rows)
        {
            writer.WriteArrayHeader(4);
            writer.Write(row.Table);
            writer.Write(row.RowKey);
            WriteImage(ref writer, row.Before);
            if (row.Before is not null && row.After is not null && row.Before.Length == row.After.Length)
            {
                WriteChanges(ref writer, row.Before, row.After);
            }
            else
            {
                WriteImage(ref writer, row.After);
            }
        }

        writer.WriteArrayHeader(value.Links.Count);
        foreach (var link in value.Links)
        {
            writer.WriteArrayHeader(5);
            writer.Write(link.Junction);
            writer.Write(link.Rk);
            writer.Write(link.A);
            writer.Write(link.B);
            writer.Write(link.Added);
        }

        writer.Write(value.Schema);
    }

    public JournalImage? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        if (reader.TryReadNil())
        {
            return null;
        }

        if (reader.ReadArrayHeader() != 5 || reader.ReadInt32() is not (Layout or WholeCreatedImagesLayout or WholeImagesLayout))
        {
            throw new MessagePackSerializationException("A journal entry of an unknown layout.");
        }

        var columns = new Dictionary<long, IReadOnlyList<long>>();
        for (var count = reader.ReadMapHeader(); count > 0; count--)
        {
            var table = reader.ReadInt64();
            var list = new long[reader.ReadArrayHeader()];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = reader.ReadInt64();
            }

            columns[table] = list;
        }

        var rows = new RowChange[reader.ReadArrayHeader()];
        for (var i = 0; i < rows.Length; i++)
        {
            reader.ReadArrayHeader();
            var table = reader.ReadInt64();
            var rowKey = reader.ReadInt64();
            var before = ReadImage(ref reader);
            var after = reader.NextMessagePackType == MessagePackType.Map ? ReadChanges(ref reader, before) : ReadImage(ref reader);
            rows[i] = new RowChange(table, rowKey, before, after);
        }

        var links = new LinkChange[reader.ReadArrayHeader()];
        for (var i = 0; i < links.Length; i++)
        {
            reader.ReadArrayHeader();
            links[i] = new LinkChange(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadBoolean());
        }

        var schema = reader.ReadString();
        return new JournalImage(columns, rows, links, schema);
    }

    private static void WriteImage(ref MessagePackWriter writer, StoredValue[]? image)
    {
        if (image is null)
        {
            writer.WriteNil();
            return;
        }

        writer.WriteArrayHeader(image.Length);
        foreach (var value in image)
        {
            WriteValue(ref writer, value);
        }
    }

    private static void WriteValue(ref MessagePackWriter writer, StoredValue value)
    {
        switch (value.Kind)
        {
            case FieldStorage.Text:
                writer.Write(value.Text);
                break;
            case FieldStorage.Integer:
                writer.Write(value.Integer);
                break;
            case FieldStorage.Real:
                writer.Write(value.Real);
                break;
            default:
                writer.WriteNil();
                break;
        }
    }

    // The after-image as the positions whose values differ from the before-image.
    private static void WriteChanges(ref MessagePackWriter writer, StoredValue[] before, StoredValue[] after)
    {
        var count = 0;
        for (var i = 0; i < after.Length; i++)
        {
            count += before[i] == after[i] ? 0 : 1;
        }

        writer.WriteMapHeader(count);
        for (var i = 0; i < after.Length; i++)
        {
            if (before[i] != after[i])
            {
                writer.Write(i);
                WriteValue(ref writer, after[i]);
            }
        }
    }

    private static StoredValue[] ReadChanges(ref MessagePackReader reader, StoredValue[]? before)
    {
        var after = (StoredValue[])(before ?? throw new MessagePackSerializationException("A journal row holds changes but no before-image.")).Clone();
        for (var count = reader.ReadMapHeader(); count > 0; count--)
        {
            var at = reader.ReadInt32();
            if ((uint)at >= (uint)after.Length)
            {
                throw new MessagePackSerializationException($"A journal row changes position {at} of an image of {after.Length}.");
            }

            after[at] = ReadValue(ref reader);
        }

        return after;
    }

    private static StoredValue[]? ReadImage(ref MessagePackReader reader)
    {
        if (reader.TryReadNil())
        {
            return null;
        }

        var image = new StoredValue[reader.ReadArrayHeader()];
        for (var i = 0; i < image.Length; i++)
        {
            image[i] = ReadValue(ref reader);
        }

        return image;
    }

    private static StoredValue ReadValue(ref MessagePackReader reader) => reader.NextMessagePackType switch
    {
        MessagePackType.Nil => ReadNil(ref reader),
        MessagePackType.String => StoredValue.FromText(reader.ReadString()!),
        MessagePackType.Integer => StoredValue.FromInteger(reader.ReadInt64()),
        MessagePackType.Float => StoredValue.FromReal(reader.ReadDouble()),
        var other => throw new MessagePackSerializationException($"A journal image holds a {other}."),
    };

    private static StoredValue ReadNil(ref MessagePackReader reader)
    {
        reader.ReadNil();
        return StoredValue.Empty;
    }
}
