using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Cli.Csv;

/// <summary>
/// One CSV cell as the value a record write takes for a field, reading the forms <see cref="CellFormatter"/> writes.
/// A cell that does not fit the field's type is passed on as text, so that the engine refuses it with its own
/// message and code; an empty cell is no value.
/// </summary>
public static class CellParser
{
    /// <summary>The value to write, or <see langword="null"/> for an empty cell.</summary>
    public static object? Parse(Field field, string text)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return null;
        }

        switch (field.Type)
        {
            case FieldTypeNames.Number or FieldTypeNames.Currency or FieldTypeNames.Percent or FieldTypeNames.Rating or FieldTypeNames.Duration:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : text;
            case FieldTypeNames.Checkbox:
                return Flag(text) ?? (object)text;
            case FieldTypeNames.Select or FieldTypeNames.LinkedRecord or FieldTypeNames.User or FieldTypeNames.Attachment:
                return field.AllowMultipleEntries || field.Type == FieldTypeNames.Attachment ? Items(text) : text;
            default:
                return text;
        }
    }

    /// <summary><c>true</c>/<c>false</c> (also <c>yes</c>/<c>no</c>, <c>1</c>/<c>0</c>), ignoring case; otherwise null.</summary>
    public static bool? Flag(string text) => text.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "1" => true,
        "FALSE" or "NO" or "0" => false,
        _ => null,
    };

    /// <summary>Several values: a JSON array of strings, or items separated by commas (spaces around them dropped).</summary>
    public static string[] Items(string text)
    {
        if (text.StartsWith('['))
        {
            try
            {
                return JsonSerializer.Deserialize<string[]>(text) ?? [];
            }
            catch (JsonException)
            {
                // Not a JSON array after all: read it as a plain list below.
            }
        }

        return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
