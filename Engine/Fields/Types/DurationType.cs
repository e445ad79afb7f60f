using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>DURATION: a finite number of seconds, kept as REAL and read as a double, with an optional display <c>format</c>.</summary>
internal sealed class DurationType() : NumericFieldType(FieldTypeNames.Duration)
{
    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Text("format", 64);
        return reader.Build();
    }
}
