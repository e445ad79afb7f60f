using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Fields;

/// <summary>Writes a record value (as <see cref="FieldType.Decode"/> returns it) in the cloud API's JSON shape.</summary>
internal static class ValueJson
{
    public static void Write(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case double d:
                w.WriteNumberValue(d);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case DateOnly date:
                w.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset instant:
                w.WriteStringValue(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                break;
            case LinkedRecord link:
                w.WriteStartObject();
                w.WriteString("id", link.Id.Value);
                w.WriteString("label", link.Label);
                w.WriteEndObject();
                break;
            case SelectChoice choice:
                w.WriteStartObject();
                w.WriteString("id", choice.Id);
                w.WriteString("label", choice.Label);
                w.WriteEndObject();
                break;
            case Attachment file:
                w.WriteStartObject();
                w.WriteString("url", file.Url);
                w.WriteString("filename", file.Filename);
                w.WriteString("type", file.Type);
                w.WritePropertyName("size");
                if (file.Size is { } size)
                {
                    w.WriteNumberValue(size);
                }
                else
                {
                    w.WriteNullValue();
                }

                w.WriteEndObject();
                break;
            case Collaborator person:
                w.WriteStartObject();
                w.WriteString("id", person.Id);
                w.WriteString("name", person.Name);
                w.WriteString("email", person.Email);
                w.WriteEndObject();
                break;
            case FormulaError error:
                w.WriteStartObject();
                w.WriteString("error", error.Code);
                w.WriteEndObject();
                break;
            case JsonElement json:
                json.WriteTo(w);
                break;
            case IEnumerable items:
                w.WriteStartArray();
                foreach (var item in items)
                {
                    Write(w, item);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
