using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// DATETIME: an instant, written in ISO 8601 with or without an offset (without one, or as a bare date, it is read
/// in the field's <c>timezone</c>, "DEFAULT" meaning the engine's zone), kept as UTC text with milliseconds
/// (<c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, finer digits dropped) and read as a <see cref="DateTimeOffset"/> in UTC.
/// </summary>
internal sealed class DateTimeType() : FieldType(FieldTypeNames.DateTime)
{
    private const string Expected =
        "an ISO 8601 date-time such as 2024-05-01T14:30:00Z, 2024-05-01T14:30:00+02:00 or 2024-05-01T14:30, or a date YYYY-MM-DD";

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        DateOptions.Read(reader, "DATETIME");
        return reader.Build();
    }

    /// <summary>The field's own time zone, or <see langword="null"/> for the engine's.</summary>
    public override object? Prepare(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var name = StoredOptions.Text(field, "timezone");
        return name is null or DateOptions.DefaultZone || !TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone)
            ? null
            : zone;
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zone = context.State as TimeZoneInfo ?? context.DefaultTimeZone;
        if (value.Kind != FieldInputKind.String
            || !IsoDateTime.TryParse(value.GetString(), out var local, out var offset)
            || !IsoDateTime.TryToUtc(local, offset, zone, out var utc))
        {
            throw context.Invalid(Expected, value);
        }

        return StoredValue.FromText(IsoDateTime.FormatUtc(utc));
    }

    public override object? Decode(StoredValue stored, FieldValueContext context) => IsoDateTime.ParseUtc(stored.Text!);
}
