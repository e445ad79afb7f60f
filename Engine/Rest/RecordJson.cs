using System.Text.Json;
using SoftrLite.Fields;
using SoftrLite.Records;

namespace SoftrLite.Rest;

/// <summary>The JSON shape of a record: <c>id</c>, <c>tableId</c>, <c>fields</c> (by ID, or by name), timestamps.</summary>
internal sealed class RecordJson(Table table, bool byName)
{
    public void Write(Utf8JsonWriter w, Record record)
    {
        w.WriteStartObject();
        w.WriteString("id", record.Id.Value);
        w.WriteString("tableId", record.TableId.Value);
        w.WriteStartObject("fields");
        var written = byName ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var field in table.Fields)
        {
            if (!record.Fields.TryGetValue(field.Id, out var value))
            {
                continue;
            }

            // With names as keys, two fields of one name would repeat a key; the first field wins.
            if (written is not null && !written.Add(field.Name))
            {
                continue;
            }

            w.WritePropertyName(byName ? field.Name : field.Id.Value);
            ValueJson.Write(w, value);
        }

        w.WriteEndObject();
        JsonOutput.Timestamp(w, "createdAt", record.CreatedAt);
        JsonOutput.Timestamp(w, "updatedAt", record.UpdatedAt);
        w.WriteEndObject();
    }
}
