using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>NUMBER: a number, with precision, range, grouping, abbreviation and affix options.</summary>
internal sealed class NumberType() : FieldType(FieldTypeNames.Number)
{
    public override FieldStorage Storage => FieldStorage.Real;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        NumberFormatOptions.ReadPrecisionAndRange(reader);
        NumberFormatOptions.ReadThousandSeparator(reader);
        reader.Enum("largeNumberAbbreviation", NumberFormatOptions.Abbreviations);
        reader.Text("prefix", keepNull: true);
        reader.Text("suffix", keepNull: true);
        return reader.Build();
    }
}
