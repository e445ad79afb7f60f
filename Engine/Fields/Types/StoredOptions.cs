using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>Reads single keys of a field's already normalized options (no validation: they were checked when stored).</summary>
internal static class StoredOptions
{
    public static double? Number(Field field, string key) =>
        TryGet(field, key, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : null;

    public static int? Int(Field field, string key) =>
        TryGet(field, key, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) ? i : null;

    public static bool Bool(Field field, string key) =>
        TryGet(field, key, out var value) && value.ValueKind == JsonValueKind.True;

    public static string? Text(Field field, string key) =>
        TryGet(field, key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryGet(Field field, string key, out JsonElement value)
    {
        if (field.Options.ValueKind == JsonValueKind.Object)
        {
            return field.Options.TryGetProperty(key, out value);
        }

        value = default;
        return false;
    }
}
