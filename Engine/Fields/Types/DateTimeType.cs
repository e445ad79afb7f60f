using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// DATETIME: an instant, written in ISO 8601 with or without an offset (without one, or as a bare date, it is read
/// in the field's <c>timezone</c>, "DEFAULT" meaning the engine's zone), kept as UTC text with milliseconds
/// (<c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, finer digits dropped) and read as a <see cref="DateTimeOffset"/> in UTC.
/// </summary>
internal sealed class DateTimeType() : FieldType<DateTimeOptions>(FieldTypeNames.DateTime)
{
    private const string Expected =
        "an ISO 8601 date-time such as 2024-05-01T14:30:00Z, 2024-05-01T14:30:00+02:00 or 2024-05-01T14:30, or a date YYYY-MM-DD";

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        DateOptions.Read(reader, "DATETIME");
        return reader.Build();
    }

    public override DateTimeOptions ParseOptions(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return DateTimeOptions.From(field);
    }

    protected override ValueFamily FilterFamily(Field field, DateTimeOptions options) => ValueFamily.DateTime;

    protected override FormulaResultType FormulaType(Field field, DateTimeOptions options) => FormulaResultType.Instant;

    protected override StoredValue Normalize(FieldInput value, DateTimeOptions options, FieldValueContext context)
    {
        var zone = options.Zone ?? context.DefaultTimeZone;
        if (value.Kind != FieldInputKind.String
            || !IsoDateTime.TryParse(value.GetString(), out var local, out var offset)
            || !IsoDateTime.TryToUtc(local, offset, zone, out var utc))
        {
            throw context.Invalid(Expected, value);
        }

        return StoredValue.FromText(IsoDateTime.FormatUtc(utc));
    }

    protected override object? Decode(StoredValue stored, DateTimeOptions options, FieldValueContext context) => IsoDateTime.ParseUtc(stored.Text!);
}
