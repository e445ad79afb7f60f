using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>DATETIME: an instant, kept as ISO 8601 text in UTC.</summary>
internal sealed class DateTimeType() : FieldType(FieldTypeNames.DateTime)
{
    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        DateOptions.Read(reader, "DATETIME");
        return reader.Build();
    }
}
