using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoftrLite.Schema;

/// <summary>Lays the keys of one JSON object over another (a shallow merge), for partial option updates.</summary>
internal static class JsonOverlay
{
    public static JsonElement Apply(JsonElement current, JsonElement changes)
    {
        var merged = JsonNode.Parse(current.GetRawText()) as JsonObject ?? [];
        foreach (var property in changes.EnumerateObject())
        {
            merged[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }

        return JsonSerializer.SerializeToElement(merged);
    }
}
