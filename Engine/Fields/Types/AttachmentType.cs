using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>ATTACHMENT: files by URL, kept as JSON text; several by default.</summary>
internal sealed class AttachmentType() : FieldType(FieldTypeNames.Attachment)
{
    private static readonly string[] ShowAs = ["PREVIEW", "LIST", "BADGE"];
    private static readonly string[] FileTypes = ["IMAGE", "VIDEO", "PDF", "AUDIO", "OTHER"];
    private static readonly string[] Units = ["HOURS", "MINUTES"];

    public override bool SupportsMultipleEntries => true;

    public override bool DefaultAllowMultipleEntries => true;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Enum("showAs", ShowAs, "PREVIEW");
        reader.Enum("inferredFileType", FileTypes);
        reader.Bool("enableFileLinkExpiration", false);
        reader.Int("fileLinkExpirationValue", 1, 100_000);
        reader.Enum("fileLinkExpirationUnit", Units);
        return reader.Build();
    }
}
