using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>RATING: a whole number from 0 to <c>max</c> (1–10, default 5), shown as stars or hearts; 0 means no rating.</summary>
internal sealed class RatingType() : FieldType<RatingType.Scale>(FieldTypeNames.Rating)
{
    public const int DefaultMax = 5;
    private static readonly string[] Shapes = ["STAR", "HEART"];

    public override FieldStorage Storage => FieldStorage.Integer;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Int("max", 1, 10, DefaultMax);
        reader.Enum("shape", Shapes, "STAR");
        return reader.Build();
    }

    public override Scale ParseOptions(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Scale.From(field);
    }

    protected override StoredValue Normalize(FieldInput value, Scale scale, FieldValueContext context)
    {
        if (!value.TryGetNumber(out var number) || number < 0 || number > scale.Max || number != Math.Floor(number))
        {
            throw context.Invalid(scale.Expected, value);
        }

        return StoredValue.FromInteger((long)number);
    }

    protected override object? Decode(StoredValue stored, Scale options, FieldValueContext context) =>
        stored.Kind == FieldStorage.Real ? (long)stored.Real : stored.Integer;

    /// <summary>The top of one field's scale (option <c>max</c>), and the message that states it.</summary>
    internal sealed class Scale(int max)
    {
        public int Max { get; } = max;

        public string Expected { get; } = string.Create(CultureInfo.InvariantCulture, $"a whole number from 0 to {max}");

        public static Scale From(Field field) => new(StoredOptions.Int(field, "max") ?? DefaultMax);
    }
}
