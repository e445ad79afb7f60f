using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>RATING: a whole number from 0 to <c>max</c> (1–10, default 5), shown as stars or hearts.</summary>
internal sealed class RatingType() : FieldType(FieldTypeNames.Rating)
{
    private static readonly string[] Shapes = ["STAR", "HEART"];

    public override FieldStorage Storage => FieldStorage.Integer;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Int("max", 1, 10, 5);
        reader.Enum("shape", Shapes, "STAR");
        return reader.Build();
    }
}
