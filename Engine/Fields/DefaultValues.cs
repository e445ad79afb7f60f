using System.Text.Json;
using SoftrLite.Errors;

namespace SoftrLite.Fields;

/// <summary>
/// A field's <c>defaultValue</c> is a string (as the API declares it); this reads it as the value it stands for:
/// JSON for numeric and boolean fields (<c>"5"</c>, <c>"true"</c>), the text itself for the others.
/// </summary>
internal static class DefaultValues
{
    /// <summary>Whether a type can take a default value at all.</summary>
    public static bool Supports(FieldType type) =>
        !type.IsReadOnly && type.Storage != FieldStorage.None && type.Name != FieldTypeNames.User;

    /// <summary>Checks a field's default value, when it has one: the type must take defaults, and the value must be valid.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> naming the field.</exception>
    public static void Check(FieldType type, Field field, TimeZoneInfo zone)
    {
        if (field.DefaultValue is not { } text)
        {
            return;
        }

        if (!Supports(type))
        {
            throw SoftrErrors.DefaultValueNotSupported(field.Name, type.Name);
        }

        try
        {
            type.Normalize(ToInput(type, text), new FieldValueContext(field, type, zone, []));
        }
        catch (SoftrException error)
        {
            throw SoftrErrors.DefaultValueInvalid(field.Name, error.Message);
        }
    }

    public static FieldInput ToInput(FieldType type, string text)
    {
        if (type.Storage is FieldStorage.Real or FieldStorage.Integer)
        {
            try
            {
                return FieldInput.FromJson(JsonElement.Parse(text));
            }
            catch (JsonException)
            {
                return FieldInput.FromObject(text);
            }
        }

        return FieldInput.FromObject(text);
    }
}
