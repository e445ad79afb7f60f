using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// DATE: a calendar date written exactly <c>YYYY-MM-DD</c> (in C# also a <see cref="DateOnly"/>, or a
/// <see cref="DateTime"/> or <see cref="DateTimeOffset"/> at midnight), kept as that text and read as a <see cref="DateOnly"/>.
/// </summary>
internal sealed class DateType() : FieldType(FieldTypeNames.Date)
{
    private const string Expected = "a date written YYYY-MM-DD, such as 2024-02-29 (a DateTime must be at midnight: use its .Date)";

    public override ValueFamily FilterFamily(Field field) => ValueFamily.Date;

    public override FormulaResultType FormulaType(Field field) => FormulaResultType.Date;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        DateOptions.Read(reader, "DATE");
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value.TryGetMidnightDate(out var date))
        {
            return StoredValue.FromText(date.ToString(IsoDateTime.DateFormat, CultureInfo.InvariantCulture));
        }

        if (value.Kind != FieldInputKind.String || !IsoDateTime.TryParseDate(value.GetString(), out _))
        {
            throw context.Invalid(Expected, value);
        }

        // The exact format leaves one way to write each date, so the given text is already canonical.
        return StoredValue.FromText(value.GetString());
    }

    public override object? Decode(StoredValue stored, FieldValueContext context) =>
        DateOnly.ParseExact(stored.Text!, IsoDateTime.DateFormat, CultureInfo.InvariantCulture);
}
