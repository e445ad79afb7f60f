using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SoftrLite.Rest;

/// <summary>Writes the cloud API's JSON: envelopes, resources in the cloud's property order, errors.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static RestResponse Item(Action<Utf8JsonWriter> writeData) => Write(200, w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("data");
        writeData(w);
        w.WriteNull("metadata");
        w.WriteEndObject();
    });

    public static RestResponse List<T>(Page<T> page, Action<Utf8JsonWriter, T> writeItem) => Write(200, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("data");
        foreach (var item in page.Items)
        {
            writeItem(w, item);
        }

        w.WriteEndArray();
        w.WriteStartObject("metadata");
        w.WriteNumber("offset", page.Offset);
        w.WriteNumber("limit", page.Limit);
        w.WriteNumber("total", page.Total);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static RestResponse NoContent() => new(204, null);

    public static RestResponse Error(SoftrException error) => Write(error.HttpStatus, w =>
    {
        w.WriteStartObject();
        w.WriteString("message", error.Message);
        w.WriteString("errorCode", error.Code.ToWireName());
        w.WriteStartObject("details");
        foreach (var (key, value) in error.Details)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static void Timestamp(Utf8JsonWriter w, string property, DateTimeOffset value) =>
        w.WriteString(property, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    private static RestResponse Write(int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return new RestResponse(status, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
