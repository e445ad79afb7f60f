using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>DURATION: a number of seconds, with an optional display <c>format</c>.</summary>
internal sealed class DurationType() : FieldType(FieldTypeNames.Duration)
{
    public override FieldStorage Storage => FieldStorage.Real;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Text("format", 64);
        return reader.Build();
    }
}
