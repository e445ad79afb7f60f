using System.Buffers;
using System.Text.Json.Nodes;
using System.Text.Json;
using SoftrLite.Fields;
using SoftrLite.Records;

namespace SoftrLite.Fixtures;

/// <summary>Turns a read value into the JSON a write accepts: links and users by ID, selects by label, files as objects.</summary>
internal static class FixtureValues
{
    public static JsonNode? ToWritable(string type, object value)
    {
        var json = ToJson(value);
        return type switch
        {
            FieldTypeNames.LinkedRecord or FieldTypeNames.User => Map(json, item => item is JsonObject o ? o["id"]?.DeepClone() : item?.DeepClone()),
            FieldTypeNames.Select => Map(json, item => item is JsonObject o ? o["label"]?.DeepClone() : item?.DeepClone()),
            _ => json,
        };
    }

    private static JsonNode? Map(JsonNode? json, Func<JsonNode?, JsonNode?> item) => json is JsonArray array
        ? new JsonArray(array.Select(item).ToArray())
        : item(json);

    private static JsonNode? ToJson(object value)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ValueJson.Write(writer, value);
        }

        return JsonNode.Parse(buffer.WrittenSpan);
    }
}
