using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>Stored JSON arrays of IDs (SELECT, USER, LINKED_RECORD).</summary>
internal static class JsonStrings
{
    public static string Write(IReadOnlyList<string> items)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Reads a stored array of IDs. A stored value that is not an array is one bare ID: the field held a single
    /// value before <c>allowMultipleEntries</c> was switched on.
    /// </summary>
    public static List<string> Read(string stored)
    {
        if (!IsArray(stored))
        {
            return [stored];
        }

        var items = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(stored));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                items.Add(reader.GetString()!);
            }
        }

        return items;
    }

    /// <summary>Whether a stored text is a JSON array rather than one bare ID.</summary>
    public static bool IsArray(string stored) => stored.Length > 0 && stored[0] == '[';
}
