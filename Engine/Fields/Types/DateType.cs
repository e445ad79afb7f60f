using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>DATE: a calendar date, kept as ISO text (YYYY-MM-DD).</summary>
internal sealed class DateType() : FieldType(FieldTypeNames.Date)
{
    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        DateOptions.Read(reader, "DATE");
        return reader.Build();
    }
}
